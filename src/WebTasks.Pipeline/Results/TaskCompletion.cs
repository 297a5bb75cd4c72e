using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Results;

public static class TaskCompletion
{
    /// <summary>Fills in a task record as completed the way <paramref name="completion"/> says.</summary>
    public static void Complete(this WebTaskEntity task, Completion completion, DateTimeOffset now)
    {
        task.Status = WebTaskStatus.Completed;
        task.Outcome = completion.Success ? WebTaskOutcome.Success : WebTaskOutcome.Failed;
        task.CompletedAt = now;
        task.ErrorCode = completion.ErrorCode;
        task.ErrorMessage = completion.ErrorMessage;
        task.ReuseUsed = completion.Used;
        task.ReuseCreated = completion.Created;
        task.ReuseUpdated = completion.Updated;
        task.RevisionId = completion.RevisionId;
        task.RevisionTimestamp = completion.RevisionTimestamp;
        task.AiUsd = (double)completion.AiUsd;
        task.ComputeHours = task.StartedAt is { } started ? (now - started).TotalHours : 0;
    }

    /// <summary>The completion a completed record holds (to answer again for a run that already delivered).</summary>
    public static Completion Completion(this WebTaskEntity task) => new()
    {
        Success = task.Outcome == WebTaskOutcome.Success,
        ErrorCode = task.ErrorCode,
        ErrorMessage = task.ErrorMessage,
        Used = task.ReuseUsed,
        Created = task.ReuseCreated,
        Updated = task.ReuseUpdated,
        RevisionId = task.RevisionId,
        RevisionTimestamp = task.RevisionTimestamp,
        AiUsd = (decimal)task.AiUsd,
    };
}
