using Microsoft.DurableTask;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Which revision the key runs now (none: the first run writes one). Its id goes into the orchestration's history,
/// so a run retried after a crash runs the same revision, whatever was saved meanwhile.
/// </summary>
public sealed class LoadBundle(ReuseKeyStore keys) : TaskActivity<WebTaskInput, BundleRef?>
{
    public override async Task<BundleRef?> RunAsync(TaskActivityContext context, WebTaskInput input)
    {
        var key = await keys.GetKeyAsync(input.WorkspaceId, input.ReuseKey, CancellationToken.None);
        return key is null ? null : new BundleRef(key.RevisionId, key.RevisionTimestamp, key.Author);
    }
}
