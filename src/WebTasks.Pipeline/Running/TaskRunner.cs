using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WebTasks.Agent;
using WebTasks.Agent.Chat;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Auth;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Running;

/// <summary>
/// One run as the browser activity sees it; <see cref="TraceBlob"/> is set by whichever browser run happens last, and
/// <see cref="RefreshedState"/> by the last successful one that used a refreshing session.
/// </summary>
public sealed class RunContext(string workspaceId, string webTaskId, string reuseKey, WebTaskRequest request, DateTimeOffset deadline, LoadedSession? session = null)
{
    public string WorkspaceId { get; } = workspaceId;
    public string WebTaskId { get; } = webTaskId;
    public string ReuseKey { get; } = reuseKey;
    public WebTaskRequest Request { get; } = request;
    public DateTimeOffset Deadline { get; } = deadline;
    public string? TraceBlob { get; set; }
    public LoadedSession? Session { get; } = session;
    public string? RefreshedState { get; set; }

    /// <summary>Takes in what a browser run left behind: its trace, and the session state to save back.</summary>
    public void Record(RunScriptOutput output)
    {
        TraceBlob = output.TraceBlob ?? TraceBlob;
        RefreshedState = output.RefreshedState ?? RefreshedState;
    }

    /// <summary>A run that used a session and ended on a login form: the session no longer logs in.</summary>
    public Produced? LoggedOut(RunScriptOutput output, Completion basis) => output.LoginPage is { } url && Session is { } session
        ? new Produced(basis with
        {
            Success = false,
            ErrorCode = FailureCodes.Unauthenticated,
            ErrorMessage = $"The run started logged in with auth session {session.Id} and ended on a login form ({url}): the session no longer logs in " +
                           "(it has probably expired). Capture it again (POST …/auth-sessions, or `webtasks auth record`) and start the task with the new id.",
        })
        : null;
}

/// <summary>What a run produced: how it ended, its data, and a verified new script to save when it succeeded.</summary>
public sealed record Produced(Completion Completion, JsonNode? Data = null, NewScript? Script = null)
{
    public static Produced Failed(string code, string message) => new(Completion.Failed(code, message));
}

/// <summary>
/// The run itself: the saved script (verified against the schema); or, with no script, the planner (model "none") or
/// the agent writing one, replayed and verified before it counts; or, when saved code breaks, a new plan or the
/// agent's repair. Saves nothing: a verified new script is handed back for the orchestration to save on success.
/// </summary>
public sealed class TaskRunner(
    RunScript runScript,
    PlanScript planScript,
    ReplayScript replayScript,
    EligibilityJudge judge,
    ExploreScript exploreScript,
    IChatModels chatModels,
    ModelExtractors extractors,
    VerifyOutput verify,
    IOptions<WebTasksOptions> options)
{
    private const string Unchanged = " The saved code was left unchanged.";

    /// <summary>Screens the task first when it will run on a model tier (verdicts are cached, so saved-code runs ask no model).</summary>
    public async Task<Produced> ProduceAsync(RunContext run, Revision? bundle, CancellationToken cancellationToken)
    {
        var request = run.Request;
        var modelReady = request.Model != Models.None && chatModels.For(request.Model) is not null;
        if (!modelReady)
        {
            return await ProduceWithAsync(run, bundle, modelReady, cancellationToken);
        }

        Judgement judgement;
        try
        {
            judgement = await judge.JudgeAsync(run.WorkspaceId, request.Task, request.StartUrl, request.Model, cancellationToken);
        }
        catch (BudgetExhaustedException ex)
        {
            return Produced.Failed(FailureCodes.NoAiCreditsLeft, ex.Message);
        }

        var screening = judgement.Usage?.Usd ?? 0m;
        if (!judgement.Allowed)
        {
            return Produced.Failed(FailureCodes.Rejected, "The task was rejected: " + (judgement.Reason ?? "it is not a web task that can be done.")).WithAiUsd(screening);
        }

        var produced = await ProduceWithAsync(run, bundle, modelReady, cancellationToken);
        return produced.WithAiUsd(produced.Completion.AiUsd + screening);
    }

    private async Task<Produced> ProduceWithAsync(RunContext run, Revision? bundle, bool modelReady, CancellationToken cancellationToken)
    {
        var request = run.Request;
        var parameters = (JsonObject)request.Parameters.DeepClone();
        if (request.StartUrl is not null)
        {
            parameters["startUrl"] = request.StartUrl;
        }

        if (bundle is null)
        {
            if (request.Model == Models.None)
            {
                return await PlanAsync(run, request.OutputSchema, parameters, cancellationToken);
            }

            return modelReady
                ? await ExploreAsync(run, request.OutputSchema, parameters, null, cancellationToken)
                : Produced.Failed(
                    FailureCodes.NoAiCreditsLeft,
                    $"No script is saved under reuse key '{run.ReuseKey}' and no model is configured to write one for the '{request.Model}' tier " +
                    $"(set WebTasks:Ai:Provider and WebTasks:Ai:Models:{request.Model}). " +
                    $"Use model \"none\" to let the built-in planner write an extraction script, or save one with PUT …/reuse-keys/{run.ReuseKey}/code.");
        }

        var extracts = new UsageMeter(options.Value.Ai);
        var ai = modelReady ? extractors.For(run.WorkspaceId, request.Model, extracts) : null;
        var schema = request.OutputSchema ?? (bundle.OutputSchema is { } saved ? JsonNode.Parse(saved) as JsonObject : null);
        var output = await runScript.RunAsync(
            new RunScriptInput(run.WorkspaceId, run.WebTaskId, bundle.Code, parameters, request.Proxy, run.Deadline, ai, Accepts: value => verify.Run(new VerifyInput(value, schema)).Valid, Session: run.Session),
            cancellationToken);
        run.Record(output);
        var reused = new Completion { Success = true, Used = true, RevisionId = bundle.RevisionId, RevisionTimestamp = bundle.CreatedAt, AiUsd = extracts.Usd };
        if (run.LoggedOut(output, reused) is { } loggedOut)
        {
            return loggedOut;
        }

        string failure;
        if (output.Outcome.Error is { } error)
        {
            var blocked = output.Blocked.Count > 0 ? $" Blocked requests: {string.Join("; ", output.Blocked.Take(3))}." : "";
            failure = $"The saved script (revision {bundle.RevisionId}) failed: {error}.{blocked}";
            if (error.Kind == ScriptErrorKind.Timeout)
            {
                return new Produced(reused with { Success = false, ErrorCode = FailureCodes.Timeout, ErrorMessage = failure + Unchanged });
            }
        }
        else
        {
            var verdict = verify.Run(new VerifyInput(output.Outcome.Value, schema));
            if (!verdict.Valid)
            {
                failure = "The output does not match outputSchema: " + string.Join("; ", verdict.Errors) + ".";
            }
            else if (modelReady && Records.ExpectsItems(schema) && Records.Count(output.Outcome.Value) == 0)
            {
                // Valid but empty where records are expected: with a model at hand, that is a script to repair.
                failure = "The saved script returned no records.";
            }
            else
            {
                return new Produced(reused, output.Outcome.Value);
            }
        }

        if (request.Model == Models.None && bundle.Author == Authors.Planner)
        {
            // The planner wrote this script and the site has changed under it: plan again from the page as it is now.
            var replanned = await PlanAsync(run, schema, parameters, cancellationToken);
            return replanned.Completion.Success
                ? replanned with { Completion = replanned.Completion with { Used = true, Created = false, Updated = true } }
                : new Produced(reused with { Success = false, ErrorCode = replanned.Completion.ErrorCode, ErrorMessage = $"{failure} Planning again did not work either: {replanned.Completion.ErrorMessage}{Unchanged}" });
        }

        if (modelReady)
        {
            // The agent repairs, starting from the failing script and its error.
            var repaired = await ExploreAsync(run, schema, parameters, (bundle.Code, failure), cancellationToken);
            var usd = extracts.Usd + repaired.Completion.AiUsd;
            return repaired.Completion.Success
                ? repaired with { Completion = repaired.Completion with { Used = true, Created = false, Updated = true, AiUsd = usd } }
                : new Produced(reused with { Success = false, ErrorCode = repaired.Completion.ErrorCode, ErrorMessage = $"{failure} The repair did not work either: {repaired.Completion.ErrorMessage}{Unchanged}", AiUsd = usd });
        }

        var code = request.Model == Models.None ? FailureCodes.Rejected : FailureCodes.NoAiCreditsLeft;
        return new Produced(reused with { Success = false, ErrorCode = code, ErrorMessage = failure + Unchanged });
    }

    /// <summary>The agent's path: explore, replay-verify each finished script; the one that passes is the new script (author ai).</summary>
    private async Task<Produced> ExploreAsync(RunContext run, JsonObject? schema, JsonObject parameters, (string Code, string Error)? failing, CancellationToken cancellationToken)
    {
        var request = run.Request;
        var explored = await exploreScript.RunAsync(
            new AgentRequest(run.WorkspaceId, request.Task, request.StartUrl, parameters, schema, request.Model, request.Proxy, failing?.Code, failing?.Error, run.Session?.StorageState),
            run.WebTaskId,
            run.Deadline,
            run.Session,
            trace => run.TraceBlob = trace ?? run.TraceBlob,
            cancellationToken);
        run.RefreshedState = explored.Replay?.RefreshedState ?? run.RefreshedState;
        if (explored is { Code: null, LoggedOut: { } login } && run.LoggedOut(login, Completion.Failed(FailureCodes.Unauthenticated, "")) is { } loggedOut)
        {
            return loggedOut.WithAiUsd(explored.AiUsd);
        }

        return explored.Code is null
            ? Produced.Failed(explored.FailureCode!, explored.Failure!).WithAiUsd(explored.AiUsd)
            : NewScriptProduced(explored.Code, explored.OutputSchema, Authors.Ai, explored.Replay!.Outcome.Value).WithAiUsd(explored.AiUsd);
    }

    /// <summary>The planner's path: plan, replay from a fresh context, verify (schema and at least one record).</summary>
    private async Task<Produced> PlanAsync(RunContext run, JsonObject? schema, JsonObject parameters, CancellationToken cancellationToken)
    {
        var request = run.Request;
        var plan = await planScript.RunAsync(new PlanScriptInput(request.Task, request.StartUrl, schema, request.Proxy, parameters, run.Session?.StorageState), cancellationToken);
        if (plan.Code is null)
        {
            return Produced.Failed(FailureCodes.Rejected, plan.Declined!);
        }

        var replay = await replayScript.RunAsync(
            new RunScriptInput(run.WorkspaceId, run.WebTaskId, plan.Code, parameters, request.Proxy, run.Deadline, Writing: true, Session: run.Session), schema, requireRecords: true, cancellationToken);
        run.Record(replay.Output);
        if (run.LoggedOut(replay.Output, Completion.Failed(FailureCodes.Unauthenticated, "")) is { } loggedOut)
        {
            return loggedOut;
        }

        return replay.Problem is not null
            ? Produced.Failed(replay.TimedOut ? FailureCodes.Timeout : FailureCodes.Rejected, "The planned script was not saved. " + replay.Problem)
            : NewScriptProduced(plan.Code, schema, Authors.Planner, replay.Output.Outcome.Value);
    }

    /// <summary>A first run's new script: <c>created</c> and, as documented, <c>updated</c> too (the key's code changed).</summary>
    private static Produced NewScriptProduced(string code, JsonObject? schema, string author, JsonNode? data) =>
        new(new Completion { Success = true, Created = true, Updated = true }, data, new NewScript(code, schema?.ToJsonString(), author));
}

internal static class ProducedExtensions
{
    public static Produced WithAiUsd(this Produced produced, decimal usd) => produced with { Completion = produced.Completion with { AiUsd = usd } };
}
