using System.Text.Json.Nodes;
using WebTasks.Agent;
using WebTasks.Agent.Chat;
using Microsoft.Extensions.Options;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;

namespace WebTasks.Pipeline.Stages;

/// <summary>The agent's outcome for the pipeline: a verified script and the replay that verified it, or why not; and the AI cost.</summary>
public sealed record ExploreOutput(string? Code, JsonObject? OutputSchema, RunScriptOutput? Replay, string? FailureCode, string? Failure, decimal AiUsd);

/// <summary>
/// Stage 4 with a model (first run for a key, or repair of saved code that broke): the agent explores and writes a
/// script, each finished script being replayed from a fresh browser context and validated before it counts.
/// Saves nothing itself.
/// </summary>
public sealed class ExploreScript(ScriptAgent agent, RunScript runScript, VerifyOutput verify, ModelExtractors extractors, IOptions<WebTasksOptions> options)
{
    public async Task<ExploreOutput> RunAsync(
        AgentRequest request, string webTaskId, DateTimeOffset deadline, Action<string?> traceSaved, CancellationToken cancellationToken)
    {
        RunScriptOutput? verified = null;
        var replays = new UsageMeter(options.Value.Ai);
        var ai = extractors.For(request.WorkspaceId, request.Tier, replays);
        var result = await agent.WriteAsync(
            request,
            async (code, schema, ct) =>
            {
                var output = await runScript.RunAsync(new RunScriptInput(request.WorkspaceId, webTaskId, code, request.Parameters, request.Proxy, deadline, ai), ct);
                traceSaved(output.TraceBlob);
                if (output.Outcome.Error is { } error)
                {
                    return new Verification(false, $"Replayed from a fresh browser, it failed: {error}.");
                }

                var verdict = verify.Run(new VerifyInput(output.Outcome.Value, schema));
                if (!verdict.Valid)
                {
                    return new Verification(false, "Its output does not match the output schema: " + string.Join("; ", verdict.Errors) + ".");
                }

                if (Records.ExpectsItems(schema) && Records.Count(output.Outcome.Value) == 0)
                {
                    return new Verification(false, "It returned no records, but the schema expects a list of them.");
                }

                verified = output;
                return new Verification(true, null);
            },
            cancellationToken);

        var usd = result.Usage.Usd + replays.Usd;
        return result.Code is null || verified is null
            ? new ExploreOutput(null, null, null, result.BudgetSpent ? FailureCodes.NoAiCreditsLeft : FailureCodes.Rejected, "The agent did not produce a working script: " + result.Failure, usd)
            : new ExploreOutput(result.Code, result.OutputSchema, verified, null, null, usd);
    }
}

/// <summary>How many records a result holds, and whether a schema expects a list of them.</summary>
public static class Records
{
    public static int Count(JsonNode? value) => value switch
    {
        JsonArray records => records.Count,
        JsonObject wrapper => wrapper.Select(p => p.Value).OfType<JsonArray>().Sum(a => a.Count),
        _ => 0,
    };

    public static bool ExpectsItems(JsonObject? schema) =>
        schema is not null && (TypeIs(schema, "array") || (schema["properties"] as JsonObject)?.Any(p => p.Value is JsonObject s && TypeIs(s, "array")) == true);

    private static bool TypeIs(JsonObject schema, string type) => schema["type"] is JsonValue v && v.TryGetValue<string>(out var t) && t == type;
}
