using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Server.Durable;

/// <summary>Now and then makes runs whose orchestrations ended without leaving their workspace's queue (terminated, purged) leave it.</summary>
internal sealed class EndedRunSweep(DurableTaskClient durable, IOptions<WebTasksOptions> options, ILogger<EndedRunSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Pipeline.RunWorkers)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Durable.EndedRunSweep);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var released = await EndedRuns.ReleaseAsync(durable, stoppingToken);
                if (released > 0)
                {
                    logger.LogWarning("Released the keys and slots of {Count} runs whose orchestrations had ended", released);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The sweep for ended runs failed; it runs again at the next tick");
            }
        }
    }
}
