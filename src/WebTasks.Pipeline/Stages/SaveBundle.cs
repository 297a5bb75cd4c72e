using WebTasks.Core;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Stages;

public sealed record SaveBundleInput(string WorkspaceId, string ReuseKey, string WebTaskId, string Code, string? OutputSchema, string Author);

/// <summary>
/// Stage 6: saves a verified script as the key's new current revision. The revision id comes from the web task's id,
/// so a stage replayed after a crash finds its own save instead of saving twice.
/// </summary>
public sealed class SaveBundle(ReuseKeyStore keys)
{
    public async Task<Bundle> RunAsync(SaveBundleInput input, CancellationToken cancellationToken)
    {
        var revision = await keys.SaveRevisionAsync(
            input.WorkspaceId, input.ReuseKey, Ids.RevisionIdFor(input.WebTaskId), input.Code, input.OutputSchema, input.Author, input.WebTaskId, cancellationToken);
        return new Bundle(revision.RevisionId, revision.CreatedAt, revision.Author, revision.Code, revision.OutputSchema);
    }
}
