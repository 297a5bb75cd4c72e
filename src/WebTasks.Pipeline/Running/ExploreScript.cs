using System.Text.Json.Nodes;
using WebTasks.Agent;
using WebTasks.Agent.Chat;
using Microsoft.Extensions.Options;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Auth;

namespace WebTasks.Pipeline.Running;

/// <summary>
/// The agent's outcome for the pipeline: a verified script and the replay that verified it, or why not; and the AI
/// cost. <see cref="LoggedOut"/>: with no script, a replay that ended on a login form (the run's session no longer works).
/// </summary>
public sealed record ExploreOutput(string? Code, JsonObject? OutputSchema, RunScriptOutput? Replay, string? FailureCode, string? Failure, decimal AiUsd, RunScriptOutput? LoggedOut = null);

/// <summary>
/// Stage 4 with a model (first run for a key, or repair of saved code that broke): the agent explores and writes a
/// script, each finished script being replayed from a fresh browser context and validated before it counts.
/// Saves nothing itself.
/// </summary>
public sealed class ExploreScript(ScriptAgent agent, ReplayScript replayScript, ModelExtractors extractors, IOptions<WebTasksOptions> options)
{
    public async Task<ExploreOutput> RunAsync(
        AgentRequest request, string webTaskId, DateTimeOffset deadline, LoadedSession? session, Action<string?> traceSaved, CancellationToken cancellationToken)
    {
        RunScriptOutput? verified = null;
        RunScriptOutput? loggedOut = null;
        var replays = new UsageMeter(options.Value.Ai);
        var ai = extractors.For(request.WorkspaceId, request.Tier, replays);
        var result = await agent.WriteAsync(
            request,
            async (code, schema, ct) =>
            {
                var replay = await replayScript.RunAsync(
                    new RunScriptInput(request.WorkspaceId, webTaskId, code, request.Parameters, request.Proxy, deadline, ai, Writing: true, Session: session), schema, Records.ExpectsItems(schema), ct);
                traceSaved(replay.Output.TraceBlob);
                if (replay.Output.LoginPage is { } login)
                {
                    loggedOut = replay.Output;
                    return new Verification(false, $"Replayed with the run's auth session, it ended on a login form ({login}): the session no longer logs in, so no script can work.");
                }

                if (replay.Problem is not null)
                {
                    return new Verification(false, replay.Problem);
                }

                verified = replay.Output;
                return new Verification(true, null);
            },
            cancellationToken);

        var usd = result.Usage.Usd + replays.Usd;
        return result.Code is null || verified is null
            ? new ExploreOutput(null, null, null, result.BudgetSpent ? FailureCodes.NoAiCreditsLeft : FailureCodes.Rejected, "The agent did not produce a working script: " + result.Failure, usd, loggedOut)
            : new ExploreOutput(result.Code, result.OutputSchema, verified, null, null, usd);
    }
}
