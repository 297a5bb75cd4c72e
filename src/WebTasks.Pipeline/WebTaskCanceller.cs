using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Pipeline.Running;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

/// <summary>The answer to a cancel request: the task as it now stands, and whether this request cancelled it.</summary>
public sealed record CancelOutcome(WebTaskEntity Task, bool Cancelled);

/// <summary>
/// Cancels a pending or started task (ours, POST …/cancel): the record is completed failed with <c>cancelled</c>
/// first, so no later step can complete it otherwise or save its script; then the run stops here if it runs here,
/// its orchestration is terminated and it leaves its workspace's queue at once (its key and slot are free).
/// </summary>
public sealed class WebTaskCanceller(TaskStore tasks, CompletionSignals signals, RunCancellations runs, ILogger<WebTaskCanceller> logger)
{
    private static readonly TimeSpan TerminationWait = TimeSpan.FromSeconds(20);

    public async Task<CancelOutcome?> CancelAsync(string workspaceId, string webTaskId, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        WebTaskEntity? task;
        while (true)
        {
            task = await tasks.GetAsync(workspaceId, webTaskId, cancellationToken);
            if (task is null || task.Status == WebTaskStatus.Completed)
            {
                return task is null ? null : new CancelOutcome(task, false);
            }

            task.Complete(Completion.Failed(FailureCodes.Cancelled, "The run was cancelled by a request to …/cancel; nothing was saved."), DateTimeOffset.UtcNow);
            try
            {
                await tasks.UpdateAsync(task, cancellationToken);
                break;
            }
            catch (ConcurrencyException)
            {
                // The run changed the record meanwhile (started, or completed): look again.
            }
        }

        signals.Notify(webTaskId);
        runs.Cancel(webTaskId);
        await TerminateAsync(workspaceId, webTaskId, durable, cancellationToken);
        return new CancelOutcome(task, true);
    }

    private async Task TerminateAsync(string workspaceId, string webTaskId, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        try
        {
            await durable.TerminateInstanceAsync(webTaskId, "cancelled", cancellationToken);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TerminationWait);
            await durable.WaitForInstanceCompletionAsync(webTaskId, wait.Token);
            await durable.Entities.SignalEntityAsync(WorkspaceRuns.For(workspaceId), nameof(WorkspaceRuns.Leave), webTaskId, cancellation: cancellationToken);
            logger.LogInformation("Web task {WebTaskId} cancelled; it leaves its workspace's queue", webTaskId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The record says cancelled whatever happens here; the periodic sweep releases what the run still holds.
            logger.LogWarning(ex, "Web task {WebTaskId}: its orchestration could not be terminated at once", webTaskId);
        }
    }
}
