using WebTasks.Core.Contracts;
using WebTasks.Storage.Tasks;

namespace WebTasks.Storage.Reuse;

/// <summary>
/// Which run has a reuse key's turn. The workspace's queue entity admits same-key runs one at a time; this row fences
/// them, because the Azure Storage backend sends an entity's messages before it checkpoints the entity: a host killed
/// between the two leaves a run admitted that the entity no longer remembers, and the entity can admit the next run on
/// the key too (both then plan on an empty key and save twice). A run takes the key's turn before it loads the key's script; the
/// turn ends when that run's task record is completed (delivered, failed or cancelled) or at its deadline, whichever
/// comes first, so nothing has to release it.
/// </summary>
public sealed class KeyTurnStore(StorageAccount account, TaskStore tasks)
{
    private const int Attempts = 20;

    /// <summary>
    /// Gives the key's turn to <paramref name="webTaskId"/> until <paramref name="until"/>, unless another run that has
    /// not completed holds it: then that run's id, and nothing changes.
    /// </summary>
    public async Task<string?> TryTakeAsync(string workspaceId, string key, string webTaskId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var row = await account.KeyTurnTable.GetEntityIfExistsAsync<KeyTurnEntity>(workspaceId, key, cancellationToken: cancellationToken);
            var current = row.HasValue ? row.Value : null;
            if (current is not null && current.WebTaskId != webTaskId && !await EndedAsync(current, cancellationToken))
            {
                return current.WebTaskId;
            }

            var turn = new KeyTurnEntity { PartitionKey = workspaceId, RowKey = key, WebTaskId = webTaskId, Until = until };
            if (await account.KeyTurnTable.TryWriteAsync(turn, current, cancellationToken))
            {
                return null;
            }

            // Another run took or renewed the turn since it was read: look again.
        }

        throw new ConcurrencyException($"Could not take the turn of key '{key}' for run {webTaskId}: too many concurrent writers; try again.", null);
    }

    private async Task<bool> EndedAsync(KeyTurnEntity turn, CancellationToken cancellationToken)
    {
        if (turn.Until <= DateTimeOffset.UtcNow)
        {
            return true;
        }

        var holder = await tasks.GetAsync(turn.PartitionKey, turn.WebTaskId, cancellationToken);
        return holder is null || holder.Status == WebTaskStatus.Completed;
    }
}
