using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Entities;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>
/// A run leaves its workspace's queue when its orchestration ends, however it ends — unless the orchestration is
/// terminated or purged first: its key and slot would then stay taken until its place lapses. Both hosts sweep for
/// such runs now and then. Only running runs are looked at: a waiting run that is gone lapses soon, as it no longer asks.
/// </summary>
public static class EndedRuns
{
    public static async Task<int> ReleaseAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var released = 0;
        var queues = durable.Entities.GetAllEntitiesAsync<WorkspaceRunsState>(new EntityQuery { InstanceIdStartsWith = nameof(WorkspaceRuns) + "@", IncludeState = true });
        await foreach (var queue in queues.WithCancellation(cancellationToken))
        {
            foreach (var run in queue.State.Running)
            {
                if (await durable.GetInstanceAsync(run.InstanceId, cancellationToken) is not { IsCompleted: false })
                {
                    await durable.Entities.SignalEntityAsync(queue.Id, nameof(WorkspaceRuns.Leave), run.InstanceId, cancellation: cancellationToken);
                    released++;
                }
            }
        }

        return released;
    }
}
