using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Leases;

public sealed class LeaseEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// Leases held by one worker attempt at a time: a row per (workspace, name) that expires by itself when its
/// holder stops renewing it (a crashed worker). Taking and renewing are ETag-guarded.
/// </summary>
public sealed class LeaseStore(StorageAccount account)
{
    private readonly TableClient _table = account.LeaseTable;

    // The ETag of each lease this process holds, so letting go needs no read first.
    private readonly ConcurrentDictionary<(string Workspace, string Name, string Holder), ETag> _held = new();

    /// <summary>Takes or renews the lease; false with the time it frees up when someone else holds it.</summary>
    public async Task<(bool Acquired, DateTimeOffset? FreeAt)> TryAcquireAsync(
        string workspaceId, string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var existing = await _table.GetEntityIfExistsAsync<LeaseEntity>(workspaceId, name, cancellationToken: cancellationToken);
        var lease = new LeaseEntity { PartitionKey = workspaceId, RowKey = name, Holder = holder, ExpiresAt = now + duration };
        try
        {
            Response written;
            if (!existing.HasValue)
            {
                written = await _table.AddEntityAsync(lease, cancellationToken);
            }
            else
            {
                var current = existing.Value!;
                if (current.Holder != holder && current.ExpiresAt > now)
                {
                    return (false, current.ExpiresAt);
                }

                written = await _table.UpdateEntityAsync(lease, current.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            _held[(workspaceId, name, holder)] = written.Headers.ETag ?? ETag.All;
            return (true, null);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return (false, now + TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Lets go of the lease if this holder still has it.</summary>
    public async Task ReleaseAsync(string workspaceId, string name, string holder, CancellationToken cancellationToken)
    {
        if (!_held.TryRemove((workspaceId, name, holder), out var etag))
        {
            var existing = await _table.GetEntityIfExistsAsync<LeaseEntity>(workspaceId, name, cancellationToken: cancellationToken);
            if (!existing.HasValue || existing.Value!.Holder != holder)
            {
                return;
            }

            etag = existing.Value.ETag;
        }

        try
        {
            await _table.DeleteEntityAsync(workspaceId, name, etag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Expired and taken by someone else in the meantime: theirs now.
        }
    }

    /// <summary>Takes any one of <paramref name="slots"/> numbered leases; the slot's name when taken.</summary>
    public async Task<string?> TryAcquireSlotAsync(
        string workspaceId, string prefix, int slots, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = Random.Shared.Next(slots);
        for (var i = 0; i < slots; i++)
        {
            var name = $"{prefix}{(start + i) % slots}";
            var (acquired, _) = await TryAcquireAsync(workspaceId, name, holder, duration, cancellationToken);
            if (acquired)
            {
                return name;
            }
        }

        return null;
    }
}
