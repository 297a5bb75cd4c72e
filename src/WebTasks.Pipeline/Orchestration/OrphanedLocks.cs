using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Entities;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>
/// A run's locks are released when its critical section ends, however it ends — unless its orchestration is
/// terminated or purged while it holds them: the engine then leaves them held. Both hosts sweep for such locks.
/// </summary>
public static class OrphanedLocks
{
    public static async Task<int> ReleaseAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var result = await durable.Entities.CleanEntityStorageAsync(
            new CleanEntityStorageRequest { ReleaseOrphanedLocks = true, RemoveEmptyEntities = false }, continueUntilComplete: true, cancellationToken);
        return result.OrphanedLocksReleased;
    }
}
