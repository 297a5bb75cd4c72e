using Azure;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Auth;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Pipeline.Running;
using WebTasks.Storage.Reuse;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// The Playwright activity: marks the task started, runs it (<see cref="TaskRunner"/>) within its deadline in a fresh
/// browser context, and stores its data. Whatever a script or a site does ends as a completion; only the host
/// stopping, or storage failing, escapes (and the orchestration runs it again).
/// </summary>
public sealed class RunTask(
    TaskRequests requests, TaskStore tasks, ReuseKeyStore keys, TaskRunner runner, ResultStore results, AuthSessions sessions, CompletionSignals signals,
    RunCancellations cancellations, IHostApplicationLifetime lifetime, ILogger<RunTask> logger)
    : TaskActivity<RunTaskInput, RunOutcome>
{
    public override async Task<RunOutcome> RunAsync(TaskActivityContext context, RunTaskInput input)
    {
        var stopping = lifetime.ApplicationStopping;
        logger.LogInformation("Running web task {WebTaskId} (key {ReuseKey})", input.Task.WebTaskId, input.Task.ReuseKey);
        var (task, request) = await requests.LoadAsync(input.Task.WorkspaceId, input.Task.WebTaskId, stopping);
        if (task.Status == WebTaskStatus.Completed)
        {
            // An earlier attempt ran and delivered, and only its answer to the orchestration was lost.
            return new RunOutcome(task.Completion(), null, task.TraceBlob, Delivered: true);
        }

        if (task.Status == WebTaskStatus.Pending)
        {
            task.Status = WebTaskStatus.Started;
            task.StartedAt = DateTimeOffset.UtcNow;
            await tasks.UpdateAsync(task, stopping);
        }

        var bundle = input.Bundle is { } loaded ? await keys.GetRevisionAsync(task.PartitionKey, task.ReuseKey, loaded.RevisionId, stopping) : null;
        var session = request.Auth is { } auth ? await sessions.LoadAsync(task.PartitionKey, auth, stopping) : null;
        var run = new RunContext(task.PartitionKey, task.RowKey, task.ReuseKey, request, input.Deadline, session);
        using var deadline = new CancellationTokenSource(Remaining(input.Deadline));
        using var cancelled = new CancellationTokenSource();
        using var registration = cancellations.Register(task.RowKey, cancelled);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, deadline.Token, cancelled.Token);
        Produced produced;
        try
        {
            produced = request.Auth is not null && session is null
                ? Produced.Failed(FailureCodes.Unauthenticated, $"Auth session {request.Auth} was deleted before the run started; capture a new one and start the task with it.")
                : await runner.ProduceAsync(run, bundle, linked.Token);
        }
        catch (OperationCanceledException) when (cancelled.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            // The record already says cancelled; completing it again below is refused, which ends this attempt.
            produced = Produced.Failed(FailureCodes.Cancelled, "The run was cancelled.");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            produced = Produced.Failed(FailureCodes.Timeout, $"The run did not finish within its deadline ({input.Deadline:u}).");
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or RequestFailedException or ConcurrencyException))
        {
            logger.LogError(ex, "Web task {WebTaskId} failed unexpectedly", task.RowKey);
            produced = Produced.Failed(FailureCodes.InternalError, "The run failed: " + ex.Message);
        }

        var completion = produced.Completion;
        if (!completion.Success && bundle is not null && completion.RevisionId is null)
        {
            completion = completion with { Used = true, RevisionId = bundle.RevisionId, RevisionTimestamp = bundle.CreatedAt };
        }

        if (completion.Success)
        {
            task.Result = await results.StoreAsync(task, produced.Data, stopping);
            if (session is not null && run.RefreshedState is { } renewed)
            {
                await sessions.RefreshAsync(task.PartitionKey, session, renewed, stopping);
            }
        }

        // With no new script to save first, the run delivers its own result: one write, one step sooner.
        var script = completion.Success ? produced.Script : null;
        if (script is null)
        {
            task.TraceBlob = run.TraceBlob ?? task.TraceBlob;
            task.Complete(completion, DateTimeOffset.UtcNow);
        }

        await tasks.UpdateAsync(task, stopping);
        if (script is null)
        {
            signals.Notify(task.RowKey);
        }

        return new RunOutcome(completion, script, run.TraceBlob, Delivered: script is null);
    }

    private static TimeSpan Remaining(DateTimeOffset deadline)
    {
        var left = deadline - DateTimeOffset.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
