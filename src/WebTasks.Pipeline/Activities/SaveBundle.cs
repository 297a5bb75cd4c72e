using Microsoft.DurableTask;
using WebTasks.Core;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Saves a verified new script as the key's current revision. The revision id comes from the web task's id, so a
/// save that runs twice (activities run at least once) makes one revision.
/// </summary>
public sealed class SaveBundle(ReuseKeyStore keys) : TaskActivity<SaveBundleInput, SavedRevision>
{
    public override async Task<SavedRevision> RunAsync(TaskActivityContext context, SaveBundleInput input)
    {
        var task = input.Task;
        var revision = await keys.SaveRevisionAsync(
            task.WorkspaceId, task.ReuseKey, Ids.RevisionIdFor(task.WebTaskId), input.Script.Code, input.Script.OutputSchema, input.Script.Author, task.WebTaskId, CancellationToken.None);
        return new SavedRevision(revision.RevisionId, revision.CreatedAt);
    }
}
