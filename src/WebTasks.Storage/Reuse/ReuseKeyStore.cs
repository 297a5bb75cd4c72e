using System.Collections.Concurrent;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using WebTasks.Core.Contracts;
using WebTasks.Storage.Tasks;

namespace WebTasks.Storage.Reuse;

/// <summary>
/// Reuse keys and their revisions. A revision's code is an immutable blob; the key row points at the current
/// revision and is swapped with an ETag check, so two writers can never interleave.
/// </summary>
public sealed class ReuseKeyStore(StorageAccount account)
{
    private const int SwapAttempts = 40;
    private const int CachedRevisions = 512;

    // Revisions never change once written, so each is read from storage once per host.
    private readonly ConcurrentDictionary<string, Revision> _revisions = new(StringComparer.Ordinal);

    public async Task<ReuseKeyEntity?> GetKeyAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        var row = await account.KeyTable.GetEntityIfExistsAsync<ReuseKeyEntity>(workspaceId, key, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    public async Task<IReadOnlyList<ReuseKeyEntity>> ListKeysAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var keys = new List<ReuseKeyEntity>();
        await foreach (var key in account.KeyTable.QueryAsync<ReuseKeyEntity>(k => k.PartitionKey == workspaceId, cancellationToken: cancellationToken))
        {
            keys.Add(key);
        }

        return keys;
    }

    /// <summary>All revisions of a key, newest first.</summary>
    public async Task<IReadOnlyList<RevisionEntity>> ListRevisionsAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        var partition = RevisionPartition(workspaceId, key);
        var revisions = new List<RevisionEntity>();
        await foreach (var revision in account.RevisionTable.QueryAsync<RevisionEntity>(r => r.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            revisions.Add(revision);
        }

        return [.. revisions.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.RowKey, StringComparer.Ordinal)];
    }

    public async Task<Revision?> GetRevisionAsync(string workspaceId, string key, string revisionId, CancellationToken cancellationToken)
    {
        var cacheKey = $"{workspaceId}|{key}|{revisionId}";
        if (_revisions.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var row = await account.RevisionTable.GetEntityIfExistsAsync<RevisionEntity>(
            RevisionPartition(workspaceId, key), revisionId, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var r = row.Value!;
        var code = await account.Bundles.GetBlobClient(r.CodeBlob).DownloadContentAsync(cancellationToken);
        var revision = new Revision(key, r.RowKey, r.CreatedAt, r.Author, r.SourceWebTaskId, r.RestoredFrom, r.PreviousRevisionId,
            Encoding.UTF8.GetString(code.Value.Content), r.OutputSchema);
        if (_revisions.Count >= CachedRevisions)
        {
            _revisions.Clear();
        }

        _revisions[cacheKey] = revision;
        return revision;
    }

    /// <summary>The key's current revision with its code, or null when the key has none.</summary>
    public async Task<Revision?> GetCurrentAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        var row = await GetKeyAsync(workspaceId, key, cancellationToken);
        return row is null ? null : await GetRevisionAsync(workspaceId, key, row.RevisionId, cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="code"/> as revision <paramref name="revisionId"/> and makes it current. Saving the same
    /// revision id again is a no-op that returns the first save, so a replayed pipeline stage saves nothing twice.
    /// </summary>
    public async Task<Revision> SaveRevisionAsync(
        string workspaceId,
        string key,
        string revisionId,
        string code,
        string? outputSchema,
        string author,
        string? sourceWebTaskId,
        CancellationToken cancellationToken) =>
        (await SaveAsync(workspaceId, key, revisionId, code, outputSchema, author, sourceWebTaskId, null, cancellationToken))!;

    /// <summary>
    /// As <see cref="SaveRevisionAsync"/>, for a script a run built on the key's revision <paramref name="builtOn"/>
    /// (null: on an empty key): null, and nothing left written, when another revision has become current since (a
    /// user's PUT or rollback is not replaced by a run that did not see it).
    /// </summary>
    public Task<Revision?> SaveRevisionBuiltOnAsync(
        string workspaceId,
        string key,
        string revisionId,
        string code,
        string? outputSchema,
        string author,
        string sourceWebTaskId,
        string? builtOn,
        CancellationToken cancellationToken) =>
        SaveAsync(workspaceId, key, revisionId, code, outputSchema, author, sourceWebTaskId, pointer => pointer?.RevisionId == builtOn, cancellationToken);

    private async Task<Revision?> SaveAsync(
        string workspaceId,
        string key,
        string revisionId,
        string code,
        string? outputSchema,
        string author,
        string? sourceWebTaskId,
        Func<ReuseKeyEntity?, bool>? builtOnCurrent,
        CancellationToken cancellationToken)
    {
        var existing = await GetRevisionAsync(workspaceId, key, revisionId, cancellationToken);
        if (existing is not null)
        {
            // Saved before. If that save stopped between writing its row and moving the key's pointer (the pointer
            // still names the revision it replaced), the move is finished now; a pointer moved on since is left alone.
            var pointer = await GetKeyAsync(workspaceId, key, cancellationToken);
            if (pointer?.RevisionId != revisionId && pointer?.RevisionId == existing.PreviousRevisionId)
            {
                await TryMovePointerAsync(workspaceId, key, pointer, existing.RevisionId, existing.CreatedAt, existing.Author, existing.SourceWebTaskId, cancellationToken);
            }

            return existing;
        }

        var blobName = $"{workspaceId}/{key}/{revisionId}.js";
        try
        {
            await account.Bundles.GetBlobClient(blobName).UploadAsync(
                BinaryData.FromString(code),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "text/javascript; charset=utf-8" },
                },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Written by an earlier attempt of the same save; revisions are immutable, so it is the same code.
        }

        return await AddRevisionAndSwapAsync(workspaceId, key, revisionId, blobName, outputSchema, author, sourceWebTaskId, null, builtOnCurrent, cancellationToken);
    }

    /// <summary>Makes an older revision current again, as a new revision pointing at the same code.</summary>
    public async Task<Revision?> RollbackAsync(string workspaceId, string key, string toRevisionId, string newRevisionId, CancellationToken cancellationToken)
    {
        var target = await account.RevisionTable.GetEntityIfExistsAsync<RevisionEntity>(
            RevisionPartition(workspaceId, key), toRevisionId, cancellationToken: cancellationToken);
        if (!target.HasValue)
        {
            return null;
        }

        var t = target.Value!;
        return await AddRevisionAndSwapAsync(workspaceId, key, newRevisionId, t.CodeBlob, t.OutputSchema, Authors.User, null, toRevisionId, null, cancellationToken);
    }

    private async Task<Revision?> AddRevisionAndSwapAsync(
        string workspaceId,
        string key,
        string revisionId,
        string codeBlob,
        string? outputSchema,
        string author,
        string? sourceWebTaskId,
        string? restoredFrom,
        Func<ReuseKeyEntity?, bool>? builtOnCurrent,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < SwapAttempts; attempt++)
        {
            // Stamped per attempt, after the pointer is read and later than the revision it names: a writer that had
            // to retry, or read the pointer just after another moved it, becomes current after that one, so it is the
            // newest revision listed whatever the clock's resolution.
            var current = await GetKeyAsync(workspaceId, key, cancellationToken);
            var now = current is null ? DateTimeOffset.UtcNow : Later(DateTimeOffset.UtcNow, current.RevisionTimestamp.AddMilliseconds(1));
            if (builtOnCurrent is not null && !builtOnCurrent(current))
            {
                // Lost to a writer the script was not built on: what this save wrote goes (a row left from an earlier
                // attempt would show in the history; the code is this revision's own).
                if (attempt > 0)
                {
                    await account.RevisionTable.DeleteEntityAsync(RevisionPartition(workspaceId, key), revisionId, cancellationToken: cancellationToken);
                }

                await account.Bundles.GetBlobClient(codeBlob).DeleteIfExistsAsync(cancellationToken: cancellationToken);
                return null;
            }

            var revision = new RevisionEntity
            {
                PartitionKey = RevisionPartition(workspaceId, key),
                RowKey = revisionId,
                CreatedAt = now,
                Author = author,
                SourceWebTaskId = sourceWebTaskId,
                RestoredFrom = restoredFrom,
                PreviousRevisionId = current?.RevisionId,
                CodeBlob = codeBlob,
                OutputSchema = outputSchema,
            };
            await account.RevisionTable.UpsertEntityAsync(revision, TableUpdateMode.Replace, cancellationToken);

            if (await TryMovePointerAsync(workspaceId, key, current, revisionId, now, author, sourceWebTaskId, cancellationToken))
            {
                var code = await account.Bundles.GetBlobClient(codeBlob).DownloadContentAsync(cancellationToken);
                return new Revision(key, revisionId, now, author, sourceWebTaskId, restoredFrom, current?.RevisionId,
                    Encoding.UTF8.GetString(code.Value.Content), outputSchema);
            }

            // Another writer moved the pointer first: read it again and retry on top of it, after a short random
            // pause so that racing writers spread out instead of colliding again.
            await Task.Delay(Random.Shared.Next(5, 20 + (attempt * 10)), cancellationToken);
        }

        throw new ConcurrencyException($"Could not make revision {revisionId} current for key '{key}': too many concurrent writers; try again.", null);
    }

    /// <summary>Points the key at a revision if nobody moved it since <paramref name="current"/> was read; false if somebody did.</summary>
    private Task<bool> TryMovePointerAsync(
        string workspaceId, string key, ReuseKeyEntity? current, string revisionId, DateTimeOffset stamp, string author, string? sourceWebTaskId, CancellationToken cancellationToken)
    {
        var pointer = new ReuseKeyEntity
        {
            PartitionKey = workspaceId,
            RowKey = key,
            RevisionId = revisionId,
            RevisionTimestamp = stamp,
            Author = author,
            SourceWebTaskId = sourceWebTaskId,
            CreatedAt = current?.CreatedAt ?? stamp,
            RevisionCount = (current?.RevisionCount ?? 0) + 1,
        };
        return account.KeyTable.TryWriteAsync(pointer, current, cancellationToken);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string RevisionPartition(string workspaceId, string key) => $"{workspaceId}|{key}";
}
