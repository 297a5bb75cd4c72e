using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;
using WebTasks.Storage;
using WebTasks.Storage.Queues;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Workers;

/// <summary>
/// Pulls task messages and moves each task forward. N loops per host; a message stays invisible while worked on
/// (extended by the pipeline's heartbeat) and reappears by itself if this process dies.
/// </summary>
public sealed class PipelineWorker(
    StorageAccount account,
    TaskStore tasks,
    WebTaskPipeline pipeline,
    WorkSignal signal,
    IOptions<WebTasksOptions> options,
    ILogger<PipelineWorker> logger) : BackgroundService
{
    private const int MaxDeliveries = 20;
    private readonly PipelineOptions _options = options.Value.Pipeline;
    private readonly TaskQueue _queue = new(account.WorkQueue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Pipeline.RunWorkers)
        {
            return;
        }

        if (_options.RecoverOnStart)
        {
            await RecoverAsync(stoppingToken);
        }

        var loops = Enumerable.Range(0, Math.Max(1, _options.WorkerConcurrency)).Select(_ => LoopAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    /// <summary>Puts every unfinished task back on the queue (a duplicate message is harmless: stages are idempotent).</summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var task in tasks.ListUnfinishedAsync(cancellationToken))
        {
            await _queue.SendAsync(new TaskMessage(task.PartitionKey, task.RowKey), null, cancellationToken);
            count++;
        }

        if (count > 0)
        {
            logger.LogInformation("Re-queued {Count} unfinished web tasks", count);
        }
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = await _queue.ReceiveAsync(1, _options.MessageVisibility, stoppingToken);
                if (messages.Count == 0)
                {
                    await signal.WaitAsync(idle, stoppingToken);
                    idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _options.MaxPollInterval.Ticks));
                    continue;
                }

                idle = TimeSpan.FromMilliseconds(50);
                await ProcessAsync(messages[0], stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Worker loop error; continuing");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(ReceivedTask message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > MaxDeliveries)
        {
            await pipeline.AbandonAsync(message.Task, $"The task could not be processed after {MaxDeliveries} attempts.", stoppingToken);
            await _queue.DeleteAsync(message, stoppingToken);
            return;
        }

        try
        {
            var step = await pipeline.AdvanceAsync(message.Task, ct => _queue.ExtendAsync(message, _options.MessageVisibility, ct), stoppingToken);
            if (step.Done)
            {
                await _queue.DeleteAsync(message, stoppingToken);
            }
            else
            {
                // Waiting for a turn is not a failed delivery: a fresh message keeps the dequeue count for real failures.
                await _queue.SendAsync(message.Task, step.RetryAfter, stoppingToken);
                await _queue.DeleteAsync(message, stoppingToken);
            }
        }
        catch (ConcurrencyException ex)
        {
            // Another worker moved the task on first; its message (or this one, when it reappears) continues from there.
            logger.LogDebug(ex, "Task {WebTaskId} was advanced elsewhere", message.Task.WebTaskId);
            await _queue.ExtendAsync(message, _options.RetryDelay, stoppingToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == "MessageNotFound")
        {
            // The message was deleted or re-delivered meanwhile; nothing to do.
        }
    }
}
