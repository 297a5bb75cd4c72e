using Microsoft.DurableTask;
using WebTasks.Core;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Core.Contracts;
using WebTasks.Storage.Reuse;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Saves a verified new script as the key's current revision. The revision id comes from the web task's id, so a
/// save that runs twice (activities run at least once) makes one revision. A run cancelled meanwhile saves nothing.
/// </summary>
public sealed class SaveBundle(ReuseKeyStore keys, TaskStore tasks) : TaskActivity<SaveBundleInput, SavedRevision?>
{
    public override async Task<SavedRevision?> RunAsync(TaskActivityContext context, SaveBundleInput input)
    {
        var task = input.Task;
        if (await tasks.GetAsync(task.WorkspaceId, task.WebTaskId, CancellationToken.None) is { ErrorCode: FailureCodes.Cancelled })
        {
            return null;
        }

        // The revision is named by the run that wrote it (Intuned's revision_id is that run's id); a replayed save is the same save.
        var revision = await keys.SaveRevisionAsync(
            task.WorkspaceId, task.ReuseKey, task.WebTaskId, input.Script.Code, input.Script.OutputSchema, input.Script.Author, task.WebTaskId, CancellationToken.None);
        return new SavedRevision(revision.RevisionId, revision.CreatedAt);
    }
}
