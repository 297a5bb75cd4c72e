using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Leases;

public sealed class LinePlaceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string WebTaskId { get; set; } = "";
}

/// <summary>
/// The line of web tasks waiting on one (workspace, reuseKey), in submission order: only the task at the head
/// may run. Rows are ordered by the task's submission sequence.
/// </summary>
public sealed class KeyLine(StorageAccount account)
{
    private readonly TableClient _table = account.LineTable;

    public async Task JoinAsync(string workspaceId, string key, long sequence, string webTaskId, CancellationToken cancellationToken)
    {
        var place = new LinePlaceEntity { PartitionKey = Partition(workspaceId, key), RowKey = Place(sequence, webTaskId), WebTaskId = webTaskId };
        await _table.UpsertEntityAsync(place, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The web task id at the head of the line, or null when the line is empty.</summary>
    public async Task<string?> HeadAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        var partition = Partition(workspaceId, key);
        await foreach (var place in _table.QueryAsync<LinePlaceEntity>(p => p.PartitionKey == partition, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return place.WebTaskId;
        }

        return null;
    }

    public async Task LeaveAsync(string workspaceId, string key, long sequence, string webTaskId, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(Partition(workspaceId, key), Place(sequence, webTaskId), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already left (a replayed release).
        }
    }

    private static string Partition(string workspaceId, string key) => $"{workspaceId}|{key}";

    private static string Place(long sequence, string webTaskId) => $"{sequence:D20}_{webTaskId}";
}
