using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using WebTasks.Core;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Core.Contracts;
using WebTasks.Storage.Reuse;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// Saves a verified new script as the key's current revision. The revision id comes from the web task's id, so a
/// save that runs twice (activities run at least once) makes one revision. A run cancelled meanwhile saves nothing,
/// and neither does a run whose key got another revision while it ran (a user's PUT or rollback): the run did not
/// see that revision, so its script does not replace it.
/// </summary>
public sealed class SaveBundle(ReuseKeyStore keys, TaskStore tasks, ILogger<SaveBundle> logger) : TaskActivity<SaveBundleInput, SavedRevision?>
{
    public override async Task<SavedRevision?> RunAsync(TaskActivityContext context, SaveBundleInput input)
    {
        var task = input.Task;
        if (await tasks.GetAsync(task.WorkspaceId, task.WebTaskId, CancellationToken.None) is { ErrorCode: FailureCodes.Cancelled })
        {
            return null;
        }

        // The revision is named by the run that wrote it (Intuned's revision_id is that run's id); a replayed save is the same save.
        var revision = await keys.SaveRevisionBuiltOnAsync(
            task.WorkspaceId, task.ReuseKey, task.WebTaskId, input.Script.Code, input.Script.OutputSchema, input.Script.Author, task.WebTaskId, input.BuiltOn?.RevisionId, CancellationToken.None);
        if (revision is null)
        {
            logger.LogWarning(
                "Web task {WebTaskId}: key '{ReuseKey}' got another revision while the run went (it built on {BuiltOn}); its script is not saved over that one",
                task.WebTaskId, task.ReuseKey, input.BuiltOn?.RevisionId ?? "an empty key");
            return null;
        }

        return new SavedRevision(revision.RevisionId, revision.CreatedAt);
    }
}
