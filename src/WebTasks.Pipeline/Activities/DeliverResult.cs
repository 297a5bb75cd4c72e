using Microsoft.DurableTask;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Completes the task record: outcome, error, reuse, cost and timings (the data was stored by the run). A second
/// delivery of the same run changes nothing.
/// </summary>
public sealed class DeliverResult(TaskStore tasks, CompletionSignals signals) : TaskActivity<DeliverInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DeliverInput input)
    {
        var task = await tasks.GetAsync(input.Task.WorkspaceId, input.Task.WebTaskId, CancellationToken.None)
                   ?? throw new InvalidOperationException($"Web task {input.Task.WebTaskId} has no record.");
        if (task.Status == WebTaskStatus.Completed)
        {
            return false;
        }

        task.TraceBlob = input.Outcome.TraceBlob ?? task.TraceBlob;
        task.Complete(input.Outcome.Completion, DateTimeOffset.UtcNow);
        await tasks.UpdateAsync(task, CancellationToken.None);
        signals.Notify(task.RowKey);
        return true;
    }
}
