using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Pipeline.Sinks;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// One attempt at delivering the completed result to the task's sink (webhook, S3 or Blob). It never throws for the
/// far side's failure: it records the attempt on the task (<c>sink.status</c>, <c>attempts</c>, <c>lastError</c>) and
/// answers whether it got through, and the orchestration decides when to try again. The result itself is never touched.
/// </summary>
public sealed class DeliverToSink(
    TaskRequests requests, ResultReader results, FileStore files, TaskStore tasks, IEnumerable<ISinkWriter> writers,
    IOptions<WebTasksOptions> options, ILogger<DeliverToSink> logger)
    : TaskActivity<SinkAttempt, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, SinkAttempt input)
    {
        var (task, request) = await requests.LoadAsync(input.Task.WorkspaceId, input.Task.WebTaskId, CancellationToken.None);
        if (request.Sink is not { } sink || task.SinkStatus == SinkStatus.Delivered)
        {
            return true;
        }

        var result = await results.BuildAsync(task, CancellationToken.None);
        var payload = new SinkPayload(
            task.PartitionKey, task.RowKey, JsonSerializer.Serialize(result, JsonDefaults.Options), result.Result?.File is null ? null : files.Result(task.PartitionKey, task.RowKey));
        var writer = writers.Single(w => w.Type == sink.Type);
        try
        {
            using var timeout = new CancellationTokenSource(options.Value.Sinks.Timeout);
            await writer.WriteAsync(sink, payload, timeout.Token);
        }
        catch (Exception ex) when (ex is SinkDeliveryException or OperationCanceledException)
        {
            var error = sink.Scrub(ex is OperationCanceledException ? $"no answer within {options.Value.Sinks.Timeout.TotalSeconds:0} s" : ex.Message);
            logger.LogWarning("Delivery of {WebTaskId} to its {SinkType} sink failed (attempt {Attempt}): {Error}", task.RowKey, writer.Type, input.Attempt, error);
            await tasks.RecordDeliveryAsync(task.PartitionKey, task.RowKey, input.Attempt >= input.Task.Settings.SinkAttempts ? SinkStatus.Failed : SinkStatus.Pending, input.Attempt, error, null, CancellationToken.None);
            return false;
        }

        await tasks.RecordDeliveryAsync(task.PartitionKey, task.RowKey, SinkStatus.Delivered, input.Attempt, task.SinkLastError, DateTimeOffset.UtcNow, CancellationToken.None);
        return true;
    }
}
