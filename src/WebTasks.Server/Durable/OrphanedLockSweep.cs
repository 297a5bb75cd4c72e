using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Server.Durable;

/// <summary>Now and then releases the locks of orchestrations that ended without releasing them (terminated, purged).</summary>
internal sealed class OrphanedLockSweep(DurableTaskClient durable, IOptions<WebTasksOptions> options, ILogger<OrphanedLockSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Pipeline.RunWorkers)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Durable.OrphanedLockSweep);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var released = await OrphanedLocks.ReleaseAsync(durable, stoppingToken);
                if (released > 0)
                {
                    logger.LogWarning("Released {Count} locks held by orchestrations that had ended", released);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The orphaned-lock sweep failed; it runs again at the next tick");
            }
        }
    }
}
