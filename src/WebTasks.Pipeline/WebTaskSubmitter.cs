using System.Text.Json;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Storage;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Leases;
using WebTasks.Storage.Queues;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

/// <summary>
/// Accepts a validated request: records the task, puts it in its key's line (submission order) and on the work
/// queue. The record comes first, so a task is never queued without one; one recorded but not queued (a crash in
/// between) is queued again by the start-up recovery.
/// </summary>
public sealed class WebTaskSubmitter(TaskStore tasks, PayloadStore payloads, KeyLine line, StorageAccount account, WorkSignal signal)
{
    private static long _lastSequence;

    public async Task<WebTaskEntity> SubmitAsync(string workspaceId, WebTaskRequest request, CancellationToken cancellationToken)
    {
        var id = Ids.NewWebTaskId();
        var key = request.ReuseKey ?? Ids.NewReuseKey();
        var stored = request with { ReuseKey = key };
        var task = new WebTaskEntity
        {
            PartitionKey = workspaceId,
            RowKey = id,
            Status = WebTaskStatus.Pending,
            Stage = TaskStages.Received,
            ReuseKey = key,
            Model = request.Model,
            Sequence = NextSequence(),
            CreatedAt = DateTimeOffset.UtcNow,
            Request = await payloads.StoreAsync(RequestPayload(workspaceId, id), JsonSerializer.Serialize(stored, Json.Options), cancellationToken),
        };
        await tasks.CreateAsync(task, cancellationToken);
        await line.JoinAsync(workspaceId, key, task.Sequence, id, cancellationToken);
        await new TaskQueue(account.WorkQueue).SendAsync(new TaskMessage(workspaceId, id), null, cancellationToken);
        signal.Pulse();
        return task;
    }

    public static string RequestPayload(string workspaceId, string webTaskId) => $"{workspaceId}/{webTaskId}/request.json";

    /// <summary>Submission order: time-based and strictly increasing within this host.</summary>
    private static long NextSequence()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastSequence);
            var next = Math.Max(DateTime.UtcNow.Ticks, last + 1);
            if (Interlocked.CompareExchange(ref _lastSequence, next, last) == last)
            {
                return next;
            }
        }
    }
}
