using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

/// <summary>
/// Accepts a validated request: records the task (pending), then starts its orchestration under the task's id. The
/// record comes first, so every orchestration has one; a task whose orchestration could not be started is completed
/// as failed at once (and one whose host stopped in between is by the result reader).
/// </summary>
public sealed class WebTaskSubmitter(TaskStore tasks, TaskRequests requests, IOptionsMonitor<WebTasksOptions> options, ILogger<WebTaskSubmitter> logger)
{
    public async Task<WebTaskEntity> SubmitAsync(string workspaceId, WebTaskRequest request, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var id = Ids.NewWebTaskId();
        var key = request.ReuseKey ?? Ids.NewReuseKey();
        var task = new WebTaskEntity
        {
            PartitionKey = workspaceId,
            RowKey = id,
            Status = WebTaskStatus.Pending,
            ReuseKey = key,
            Model = request.Model,
            CreatedAt = DateTimeOffset.UtcNow,
            Request = await requests.StoreAsync(workspaceId, id, request with { ReuseKey = key }, cancellationToken),
            Sink = request.Sink is null ? null : JsonSerializer.Serialize(request.Sink.Masked(), JsonDefaults.Options),
            SinkStatus = request.Sink is null ? null : SinkStatus.Pending,
        };
        await tasks.CreateAsync(task, cancellationToken);

        var input = new WebTaskInput(workspaceId, id, key, request.Sink is not null, RunSettings.From(options.CurrentValue));
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(nameof(WebTaskOrchestrator), input, new StartOrchestrationOptions(id), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Web task {WebTaskId} could not be scheduled", id);
            task.Complete(Completion.Failed(FailureCodes.InternalError, "The task was accepted but its run could not be scheduled: " + ex.Message), DateTimeOffset.UtcNow);
            await tasks.UpdateAsync(task, CancellationToken.None);
            throw;
        }

        return task;
    }
}
