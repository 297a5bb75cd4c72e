using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Gives the run its reuse key's turn (see <see cref="KeyTurnStore"/>), or names the run that still has it. Taking the
/// turn again is a no-op, so a retried or replayed call is safe.
/// </summary>
public sealed class TakeKeyTurn(KeyTurnStore turns, ResultReader results, DurableTaskClient durable) : TaskActivity<KeyTurnRequest, string?>
{
    public override async Task<string?> RunAsync(TaskActivityContext context, KeyTurnRequest input)
    {
        var (workspaceId, key, webTaskId) = (input.Task.WorkspaceId, input.Task.ReuseKey, input.Task.WebTaskId);
        var holder = await turns.TryTakeAsync(workspaceId, key, webTaskId, input.Until, CancellationToken.None);
        if (holder is null)
        {
            return null;
        }

        // A holder whose orchestration ended without completing its record (an operator terminated it, or it failed
        // past every retry) is completed now, as a read of its result would, rather than keep the key until it lapses.
        var settled = await results.SettleAsync(workspaceId, holder, durable, CancellationToken.None);
        return settled is { Status: not WebTaskStatus.Completed }
            ? holder
            : await turns.TryTakeAsync(workspaceId, key, webTaskId, input.Until, CancellationToken.None);
    }
}
