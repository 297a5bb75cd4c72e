using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Tasks;

/// <summary>
/// The web task records. Every update is ETag-guarded: a stale writer gets <see cref="ConcurrencyException"/>.
/// Each write carries the run's <see cref="RunIndexEntity"/> in the same transaction, so the list never disagrees.
/// </summary>
public sealed class TaskStore(StorageAccount account)
{
    private readonly TableClient _table = account.TaskTable;

    public async Task CreateAsync(WebTaskEntity task, CancellationToken cancellationToken)
    {
        var response = await _table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, task), new TableTransactionAction(TableTransactionActionType.UpsertReplace, RunIndexEntity.From(task))],
            cancellationToken);
        task.ETag = response.Value[0].Headers.ETag ?? default;
    }

    public async Task<WebTaskEntity?> GetAsync(string workspaceId, string webTaskId, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<WebTaskEntity>(workspaceId, webTaskId, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Writes <paramref name="task"/> if nobody else changed it since it was read.</summary>
    public async Task UpdateAsync(WebTaskEntity task, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, task, task.ETag), new TableTransactionAction(TableTransactionActionType.UpsertReplace, RunIndexEntity.From(task))],
                cancellationToken);
            task.ETag = response.Value[0].Headers.ETag ?? default;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            throw new ConcurrencyException($"Web task {task.RowKey} was changed by another worker.", ex);
        }
    }

    /// <summary>
    /// Records how a sink delivery went, touching only the sink's columns: delivery runs after completion and must
    /// neither wait for nor overwrite anyone else's update (a stale full-row writer still fails on the new ETag).
    /// </summary>
    public async Task RecordDeliveryAsync(string workspaceId, string webTaskId, string status, int attempts, string? lastError, DateTimeOffset? deliveredAt, CancellationToken cancellationToken)
    {
        var columns = new TableEntity(workspaceId, webTaskId)
        {
            [nameof(WebTaskEntity.SinkStatus)] = status,
            [nameof(WebTaskEntity.SinkAttempts)] = attempts,
            [nameof(WebTaskEntity.SinkLastError)] = lastError,
            [nameof(WebTaskEntity.SinkDeliveredAt)] = deliveredAt,
        };
        await _table.UpdateEntityAsync(columns, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}

/// <summary>Someone else changed the row first (a stale ETag): the caller may read again and retry.</summary>
public sealed class ConcurrencyException(string message, Exception? inner) : Exception(message, inner);
