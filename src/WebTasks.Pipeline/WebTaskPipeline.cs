using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Agent;
using WebTasks.Agent.Chat;
using WebTasks.Browser.Sandbox;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Stages;
using WebTasks.Storage;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Queues;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

/// <summary>What the worker does with the message after a step: delete it, or let it reappear after a while.</summary>
public sealed record PipelineStep(bool Done, TimeSpan RetryAfter)
{
    public static readonly PipelineStep Finished = new(true, TimeSpan.Zero);

    public static PipelineStep Retry(TimeSpan after) => new(false, after);
}

/// <summary>
/// The fixed pipeline of one web task: eligibility → acquire key lock → load bundle → run (the saved script, or
/// the planner's) → verify → save bundle (only a verified new script) → deliver result → release lock.
/// The task record's stage is the checkpoint: a message delivered again (a crashed worker, a duplicate) resumes at
/// the recorded stage, and every stage is idempotent.
/// </summary>
public sealed class WebTaskPipeline(
    TaskStore tasks,
    PayloadStore payloads,
    StorageAccount account,
    CheckEligibility eligibility,
    KeyLock keyLock,
    LoadBundle loadBundle,
    RunScript runScript,
    PlanScript planScript,
    ReplayScript replayScript,
    EligibilityJudge judge,
    ExploreScript exploreScript,
    IChatModels chatModels,
    ModelExtractors extractors,
    SaveBundle saveBundle,
    VerifyOutput verify,
    DeliverResult deliver,
    WorkSignal signal,
    IOptions<WebTasksOptions> options,
    ILogger<WebTaskPipeline> logger)
{
    private readonly PipelineOptions _options = options.Value.Pipeline;

    /// <param name="keepMessage">Extends the message's invisibility; called as a heartbeat while the run goes on.</param>
    public async Task<PipelineStep> AdvanceAsync(TaskMessage message, Func<CancellationToken, Task> keepMessage, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(message.WorkspaceId, message.WebTaskId, cancellationToken);
        if (task is null || task.Stage == TaskStages.Released)
        {
            return PipelineStep.Finished;
        }

        var requestJson = await payloads.LoadAsync(WebTaskSubmitter.RequestPayload(task.PartitionKey, task.RowKey), task.Request, cancellationToken);
        var request = JsonSerializer.Deserialize<WebTaskRequest>(requestJson, Json.Options)!;
        var lockInput = new KeyLockInput(task.PartitionKey, task.ReuseKey, task.RowKey, task.Sequence, Holder: Guid.NewGuid().ToString("N"));
        string? slot = null;

        if (task.Stage == TaskStages.Received)
        {
            var verdict = await eligibility.RunAsync(new EligibilityInput(request.Task, request.StartUrl), cancellationToken);
            if (verdict.Allowed)
            {
                // Not written: only the holder of the key lock writes the record, and the rules are cheap to check again.
                task.Stage = TaskStages.Admitted;
            }
            else
            {
                await deliver.RunAsync(task, Completion.Failed(FailureCodes.Rejected, verdict.Reason!), cancellationToken);
            }
        }

        if (task.Stage is TaskStages.Admitted or TaskStages.Running)
        {
            var acquired = await keyLock.AcquireAsync(lockInput, cancellationToken);
            if (!acquired.Acquired)
            {
                logger.LogDebug("Web task {WebTaskId} waits {Delay} for its turn on key {ReuseKey}", task.RowKey, acquired.RetryAfter, task.ReuseKey);
                return PipelineStep.Retry(acquired.RetryAfter);
            }

            slot = acquired.Slot;
            logger.LogDebug("Web task {WebTaskId} holds key {ReuseKey} and {Slot}", task.RowKey, task.ReuseKey, slot);
            try
            {
                await RunAsync(task, request, lockInput, slot!, keepMessage, cancellationToken);
            }
            catch (Exception) when (task.Stage != TaskStages.Finished)
            {
                // Stopping, or a storage error: the task will be resumed, so let go of the key now rather than
                // make its next attempt (or the next task in line) wait for the lease to expire.
                await keyLock.ReleaseLeasesOnlyAsync(lockInput, slot, CancellationToken.None);
                throw;
            }
        }

        if (task.Stage == TaskStages.Finished)
        {
            await FinishAsync(task, request, lockInput, slot, cancellationToken);
        }

        return PipelineStep.Finished;
    }

    /// <summary>Completes a task that cannot be processed at all (its message keeps failing), so it does not stay pending forever.</summary>
    public async Task AbandonAsync(TaskMessage message, string reason, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(message.WorkspaceId, message.WebTaskId, cancellationToken);
        if (task is null || task.Status == WebTaskStatus.Completed)
        {
            return;
        }

        await deliver.RunAsync(task, Completion.Failed(FailureCodes.InternalError, reason), cancellationToken);
        await new TaskQueue(account.WorkQueue).SendAsync(message, null, cancellationToken); // to release the lock and line
    }

    private async Task RunAsync(WebTaskEntity task, WebTaskRequest request, KeyLockInput lockInput, string slot, Func<CancellationToken, Task> keepMessage, CancellationToken cancellationToken)
    {
        task.StartedAt ??= DateTimeOffset.UtcNow;
        var bundle = await loadBundle.RunAsync(new LoadBundleInput(task.PartitionKey, task.ReuseKey, task.LoadedRevisionId, Resumed: task.Attempts > 0), cancellationToken);
        task.Stage = TaskStages.Running;
        task.Status = WebTaskStatus.Started;
        task.LoadedRevisionId = bundle?.RevisionId;
        task.Attempts++;
        await tasks.UpdateAsync(task, cancellationToken);

        using var deadline = new CancellationTokenSource(_options.RunTimeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(lockInput, slot, keepMessage, heartbeatStop.Token);
        Completion completion;
        try
        {
            completion = await ProduceAsync(task, request, bundle, DateTimeOffset.UtcNow + _options.RunTimeout, run.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            completion = Completion.Failed(FailureCodes.Timeout, $"The run did not finish within its deadline of {_options.RunTimeout}.") with
            {
                Used = task.LoadedRevisionId is not null,
                RevisionId = task.LoadedRevisionId,
            };
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or RequestFailedException or ConcurrencyException))
        {
            logger.LogError(ex, "Web task {WebTaskId} failed unexpectedly", task.RowKey);
            completion = Completion.Failed(FailureCodes.InternalError, "The run failed: " + ex.Message) with
            {
                Used = task.LoadedRevisionId is not null,
                RevisionId = task.LoadedRevisionId,
            };
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }

        await deliver.RunAsync(task, completion, cancellationToken);
    }

    /// <summary>
    /// Run → verify, or (no saved script, model "none") plan → replay → verify → save. A saved planner script that
    /// breaks is planned again before the run gives up. Saves only a verified script.
    /// </summary>
    private async Task<Completion> ProduceAsync(WebTaskEntity task, WebTaskRequest request, Bundle? bundle, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var modelReady = request.Model != Models.None && chatModels.For(request.Model) is not null;
        if (!modelReady)
        {
            return await ProduceWithAsync(task, request, bundle, modelReady, deadline, cancellationToken);
        }

        // With a model, the task is screened before anything runs; verdicts are cached per workspace and task text,
        // so a run on saved code asks no model anything.
        Judgement judgement;
        try
        {
            judgement = await judge.JudgeAsync(task.PartitionKey, request.Task, request.StartUrl, request.Model, cancellationToken);
        }
        catch (BudgetExhaustedException ex)
        {
            return Completion.Failed(FailureCodes.NoAiCreditsLeft, ex.Message);
        }

        var screening = judgement.Usage?.Usd ?? 0m;
        if (!judgement.Allowed)
        {
            return Completion.Failed(FailureCodes.Rejected, "The task was rejected: " + (judgement.Reason ?? "it is not a web task that can be done.")) with { AiUsd = screening };
        }

        var completion = await ProduceWithAsync(task, request, bundle, modelReady, deadline, cancellationToken);
        return completion with { AiUsd = completion.AiUsd + screening };
    }

    private async Task<Completion> ProduceWithAsync(WebTaskEntity task, WebTaskRequest request, Bundle? bundle, bool modelReady, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var parameters = (JsonObject)request.Parameters.DeepClone();
        if (request.StartUrl is not null)
        {
            parameters["startUrl"] = request.StartUrl;
        }

        if (bundle is null)
        {
            if (request.Model == Models.None)
            {
                return await PlanAndSaveAsync(task, request, request.OutputSchema, parameters, deadline, cancellationToken);
            }

            return modelReady
                ? await ExploreAndSaveAsync(task, request, request.OutputSchema, parameters, null, deadline, cancellationToken)
                : Completion.Failed(
                    FailureCodes.NoAiCreditsLeft,
                    $"No script is saved under reuse key '{task.ReuseKey}' and no model is configured to write one for the '{request.Model}' tier " +
                    $"(set WebTasks:Ai:Provider and WebTasks:Ai:Models:{request.Model}). " +
                    $"Use model \"none\" to let the built-in planner write an extraction script, or save one with PUT …/reuse-keys/{task.ReuseKey}/code.");
        }

        var extracts = new UsageMeter(options.Value.Ai);
        var ai = modelReady ? extractors.For(task.PartitionKey, request.Model, extracts) : null;
        var output = await runScript.RunAsync(new RunScriptInput(task.PartitionKey, task.RowKey, bundle.Code, parameters, request.Proxy, deadline, ai), cancellationToken);
        task.TraceBlob = output.TraceBlob;
        var reused = new Completion { Success = true, Used = true, RevisionId = bundle.RevisionId, RevisionTimestamp = bundle.RevisionTimestamp, AiUsd = extracts.Usd };
        var schema = request.OutputSchema ?? (bundle.OutputSchema is { } saved ? JsonNode.Parse(saved) as JsonObject : null);
        string failure;
        if (output.Outcome.Error is { } error)
        {
            var blocked = output.Blocked.Count > 0 ? $" Blocked requests: {string.Join("; ", output.Blocked.Take(3))}." : "";
            failure = $"The saved script (revision {bundle.RevisionId}) failed: {error}.{blocked}";
            if (error.Kind == ScriptErrorKind.Timeout)
            {
                return reused with { Success = false, ErrorCode = FailureCodes.Timeout, ErrorMessage = failure + Unchanged };
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
                return reused with { Data = output.Outcome.Value };
            }
        }

        if (request.Model == Models.None && bundle.Author == Authors.Planner)
        {
            // The planner wrote this script and the site has changed under it: plan again from the page as it is now.
            var replanned = await PlanAndSaveAsync(task, request, schema, parameters, deadline, cancellationToken);
            return replanned.Success
                ? replanned with { Used = true, Created = false, Updated = true }
                : reused with { Success = false, ErrorCode = replanned.ErrorCode, ErrorMessage = $"{failure} Planning again did not work either: {replanned.ErrorMessage}{Unchanged}" };
        }

        if (modelReady)
        {
            // The agent repairs, starting from the failing script and its error.
            var repaired = await ExploreAndSaveAsync(task, request, schema, parameters, (bundle.Code, failure), deadline, cancellationToken);
            return repaired.Success
                ? repaired with { Used = true, Created = false, Updated = true, AiUsd = extracts.Usd + repaired.AiUsd }
                : reused with { Success = false, ErrorCode = repaired.ErrorCode, ErrorMessage = $"{failure} The repair did not work either: {repaired.ErrorMessage}{Unchanged}", AiUsd = extracts.Usd + repaired.AiUsd };
        }

        var code = request.Model == Models.None ? FailureCodes.Rejected : FailureCodes.NoAiCreditsLeft;
        return reused with { Success = false, ErrorCode = code, ErrorMessage = failure + Unchanged };
    }

    /// <summary>The agent's path: screen, explore, replay-verify each finished script, save the one that passes (author ai).</summary>
    private async Task<Completion> ExploreAndSaveAsync(
        WebTaskEntity task, WebTaskRequest request, JsonObject? schema, JsonObject parameters, (string Code, string Error)? failing, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var explored = await exploreScript.RunAsync(
            new AgentRequest(task.PartitionKey, request.Task, request.StartUrl, parameters, schema, request.Model, request.Proxy, failing?.Code, failing?.Error),
            task.RowKey,
            deadline,
            trace => task.TraceBlob = trace ?? task.TraceBlob,
            cancellationToken);
        if (explored.Code is null)
        {
            return Completion.Failed(explored.FailureCode!, explored.Failure!) with { AiUsd = explored.AiUsd };
        }

        return await SaveNewScriptAsync(task, explored.Code, explored.OutputSchema, Authors.Ai, explored.Replay!.Outcome.Value, cancellationToken) with { AiUsd = explored.AiUsd };
    }

    private const string Unchanged = " The saved code was left unchanged.";

    /// <summary>The planner's path: plan, replay from a fresh context, verify (schema and at least one record), save.</summary>
    private async Task<Completion> PlanAndSaveAsync(WebTaskEntity task, WebTaskRequest request, JsonObject? schema, JsonObject parameters, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var plan = await planScript.RunAsync(new PlanScriptInput(request.Task, request.StartUrl, schema, request.Proxy, parameters), cancellationToken);
        if (plan.Code is null)
        {
            return Completion.Failed(FailureCodes.Rejected, plan.Declined!);
        }

        var replay = await replayScript.RunAsync(
            new RunScriptInput(task.PartitionKey, task.RowKey, plan.Code, parameters, request.Proxy, deadline), schema, requireRecords: true, cancellationToken);
        task.TraceBlob = replay.Output.TraceBlob;
        if (replay.Problem is not null)
        {
            return Completion.Failed(replay.TimedOut ? FailureCodes.Timeout : FailureCodes.Rejected, "The planned script was not saved. " + replay.Problem);
        }

        return await SaveNewScriptAsync(task, plan.Code, schema, Authors.Planner, replay.Output.Outcome.Value, cancellationToken);
    }

    /// <summary>Saves a verified new script as the key's current revision and completes the run with the data its replay produced.</summary>
    private async Task<Completion> SaveNewScriptAsync(WebTaskEntity task, string code, JsonObject? schema, string author, JsonNode? data, CancellationToken cancellationToken)
    {
        var saved = await saveBundle.RunAsync(new SaveBundleInput(task.PartitionKey, task.ReuseKey, task.RowKey, code, schema?.ToJsonString(), author), cancellationToken);
        logger.LogInformation("Web task {WebTaskId} saved revision {RevisionId} ({Author}) under {ReuseKey}", task.RowKey, saved.RevisionId, author, task.ReuseKey);
        return new Completion { Success = true, Created = true, Data = data, RevisionId = saved.RevisionId, RevisionTimestamp = saved.RevisionTimestamp };
    }

    private async Task FinishAsync(WebTaskEntity task, WebTaskRequest request, KeyLockInput lockInput, string? slot, CancellationToken cancellationToken)
    {
        if (request.Sink is not null && !task.WebhookQueued)
        {
            await new TaskQueue(account.WebhookQueue).SendAsync(new TaskMessage(task.PartitionKey, task.RowKey), null, cancellationToken);
            task.WebhookQueued = true;
            await tasks.UpdateAsync(task, cancellationToken);
        }

        var next = await keyLock.ReleaseAsync(lockInput, slot, cancellationToken);
        logger.LogDebug("Web task {WebTaskId} released key {ReuseKey}; next in line: {Next}", task.RowKey, task.ReuseKey, next ?? "none");
        if (next is not null)
        {
            // Wake the next task in this key's line now rather than when its delayed message reappears.
            await new TaskQueue(account.WorkQueue).SendAsync(new TaskMessage(task.PartitionKey, next), null, cancellationToken);
            signal.Pulse();
        }

        task.Stage = TaskStages.Released;
        await tasks.UpdateAsync(task, cancellationToken);
    }

    private async Task HeartbeatAsync(KeyLockInput lockInput, string slot, Func<CancellationToken, Task> keepMessage, CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromTicks(Math.Min(_options.LeaseDuration.Ticks, _options.MessageVisibility.Ticks) / 3);
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await keyLock.RenewAsync(lockInput, slot, cancellationToken);
                    await keepMessage(cancellationToken);
                }
                catch (RequestFailedException ex)
                {
                    logger.LogWarning(ex, "Heartbeat for {WebTaskId} failed; will try again", lockInput.WebTaskId);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }
}
