using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Stages;

public sealed record LoadBundleInput(string WorkspaceId, string ReuseKey, string? CheckpointedRevisionId);

public sealed record Bundle(string RevisionId, DateTimeOffset RevisionTimestamp, string Author, string Code, string? OutputSchema);

/// <summary>
/// Stage 3: the key's current script. A resumed run loads the revision its first attempt loaded (checkpointed on
/// the task), not one that attempt may have saved since.
/// </summary>
public sealed class LoadBundle(ReuseKeyStore keys)
{
    public async Task<Bundle?> RunAsync(LoadBundleInput input, CancellationToken cancellationToken)
    {
        var revision = input.CheckpointedRevisionId is { } id
            ? await keys.GetRevisionAsync(input.WorkspaceId, input.ReuseKey, id, cancellationToken)
            : await keys.GetCurrentAsync(input.WorkspaceId, input.ReuseKey, cancellationToken);
        return revision is null ? null : new Bundle(revision.RevisionId, revision.CreatedAt, revision.Author, revision.Code, revision.OutputSchema);
    }
}
