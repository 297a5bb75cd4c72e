using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Gives the run its reuse key's turn (see <see cref="KeyTurnStore"/>) and then says which revision the key runs now
/// (none: the run writes one); or names the run that still has the turn. The revision goes into the orchestration's
/// history, so a run retried after a crash runs the same one, whatever was saved meanwhile. Taking one's own turn
/// again is a no-op, so a retried call is safe; turn and revision are one step because the one must follow the other.
/// </summary>
public sealed class TakeKeyTurn(KeyTurnStore turns, ReuseKeyStore keys, ResultReader results, DurableTaskClient durable)
    : TaskActivity<KeyTurnRequest, KeyTurn>
{
    public override async Task<KeyTurn> RunAsync(TaskActivityContext context, KeyTurnRequest input)
    {
        var (workspaceId, key, webTaskId) = (input.Task.WorkspaceId, input.Task.ReuseKey, input.Task.WebTaskId);
        var holder = await turns.TryTakeAsync(workspaceId, key, webTaskId, input.Until, CancellationToken.None);
        if (holder is not null)
        {
            // A holder whose orchestration ended without completing its record (an operator terminated it, or it
            // failed past every retry) is completed now, as a read of its result would, rather than keep the key
            // until its turn lapses.
            var settled = await results.SettleAsync(workspaceId, holder, durable, CancellationToken.None);
            holder = settled is { Status: not WebTaskStatus.Completed }
                ? holder
                : await turns.TryTakeAsync(workspaceId, key, webTaskId, input.Until, CancellationToken.None);
        }

        if (holder is not null)
        {
            return new KeyTurn(holder, null);
        }

        var current = await keys.GetKeyAsync(workspaceId, key, CancellationToken.None);
        return new KeyTurn(null, current is null ? null : new BundleRef(current.RevisionId, current.RevisionTimestamp, current.Author));
    }
}
