using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Stages;

/// <param name="Resumed">An earlier attempt of this run loaded the bundle (and checkpointed <paramref name="CheckpointedRevisionId"/>).</param>
public sealed record LoadBundleInput(string WorkspaceId, string ReuseKey, string? CheckpointedRevisionId, bool Resumed);

public sealed record Bundle(string RevisionId, DateTimeOffset RevisionTimestamp, string Author, string Code, string? OutputSchema);

/// <summary>
/// Stage 3: the key's current script. A resumed run loads what its first attempt loaded (checkpointed on the task):
/// that revision, or nothing if there was none; never a revision that attempt may have saved since.
/// </summary>
public sealed class LoadBundle(ReuseKeyStore keys)
{
    public async Task<Bundle?> RunAsync(LoadBundleInput input, CancellationToken cancellationToken)
    {
        var revision = input.CheckpointedRevisionId is { } id ? await keys.GetRevisionAsync(input.WorkspaceId, input.ReuseKey, id, cancellationToken)
            : input.Resumed ? null
            : await keys.GetCurrentAsync(input.WorkspaceId, input.ReuseKey, cancellationToken);
        return revision is null ? null : new Bundle(revision.RevisionId, revision.CreatedAt, revision.Author, revision.Code, revision.OutputSchema);
    }
}
