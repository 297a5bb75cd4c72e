using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.Entities;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;
using WebTasks.Pipeline;
using WebTasks.Storage;
using CoreEntity = DurableTask.Core.Entities.TaskEntity;

namespace WebTasks.Server.Durable;

/// <summary>
/// The self-host's Durable Task engine: DurableTask.Core's <see cref="TaskHubWorker"/> over the Azure Storage provider
/// (Azurite locally), running the same orchestrator, activities and entities as the Functions app, registered from
/// one list. Several hosts on one task hub share the work by partitions; a crashed host's work is taken over.
/// </summary>
internal sealed class DurableWorker(
    AzureStorageOrchestrationService service, IServiceProvider services, IOptions<WebTasksOptions> options, ILoggerFactory loggers, ILogger<DurableWorker> logger)
    : IHostedService
{
    private TaskHubWorker? _worker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync();
        if (!options.Value.Pipeline.RunWorkers)
        {
            return;
        }

        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { EnableEntitySupport = true, DataConverter = DurableSetup.Converter }, loggers);
        _worker = new TaskHubWorker(
            service,
            DurableObjects<TaskOrchestration>.Orchestrations(shims, services),
            DurableObjects<TaskActivity>.Activities(shims, services),
            DurableObjects<CoreEntity>.Entities(shims, services),
            loggers)
        {
            // The shims turn failure details into TaskFailedException for the orchestrator.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        await _worker.StartAsync();
        logger.LogInformation("Durable worker started");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_worker is not null)
        {
            // Work in flight is not waited for: its messages reappear for this or another host to finish. Releasing
            // the partition leases retries for as long as storage does not answer, so the host's shutdown bounds it.
            try
            {
                await _worker.StopAsync(isForced: true).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                logger.LogWarning("The durable worker did not stop within the host's shutdown timeout; its leases lapse on their own");
            }
        }
    }
}

/// <summary>Registers the engine, its client and the sweep for ended runs.</summary>
internal static class DurableSetup
{
    /// <summary>One converter for the client and the shims, so both read what the other wrote.</summary>
    public static readonly Microsoft.DurableTask.DataConverter Converter = Microsoft.DurableTask.Converters.JsonDataConverter.Default;

    public static IServiceCollection AddDurableSelfHost(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var settings = Settings(sp.GetRequiredService<StorageAccount>(), sp.GetRequiredService<IOptions<WebTasksOptions>>().Value.Durable);
            settings.LoggerFactory = sp.GetRequiredService<ILoggerFactory>();
            return new AzureStorageOrchestrationService(settings);
        });
        services.AddSingleton<DurableTaskClient>(sp =>
        {
            var service = sp.GetRequiredService<AzureStorageOrchestrationService>();
            return new CoreDurableTaskClient(service, ((IEntityOrchestrationService)service).EntityBackendQueries!, Converter);
        });
        services.AddHostedService<DurableWorker>();
        services.AddHostedService<EndedRunSweep>();
        return services;
    }

    public static AzureStorageOrchestrationServiceSettings Settings(StorageAccount storage, DurableOptions durable) => new()
    {
        TaskHubName = durable.TaskHub is { Length: > 0 } hub ? hub : storage.Options.Prefix.Length > 0 ? storage.Options.Prefix + "hub" : "webtasks",
        StorageAccountClientProvider = storage.Credential is { } credential
            ? new StorageAccountClientProvider(storage.Options.BlobServiceUri!, storage.Options.QueueServiceUri!, storage.Options.TableServiceUri!, credential)
            : new StorageAccountClientProvider(storage.Options.ConnectionString!),
        PartitionCount = durable.PartitionCount,
        MaxConcurrentTaskActivityWorkItems = durable.MaxConcurrentActivities,
        MaxQueuePollingInterval = durable.MaxQueuePollingInterval,
        ControlQueueVisibilityTimeout = durable.VisibilityTimeout,
        WorkItemQueueVisibilityTimeout = durable.VisibilityTimeout,
        LeaseInterval = durable.LeaseInterval,

        // No extended sessions: with them, an entity's own state was lost between operation batches on this provider
        // (a workspace's entity saw 0 runs after 3), which a test of the waiting-run bound catches.
        ExtendedSessionsEnabled = false,
        LeaseRenewInterval = durable.LeaseInterval / 3,
        LeaseAcquireInterval = durable.LeaseInterval / 3,

        // Entity work items on their own queue: with the default, entity messages reach the orchestration
        // dispatcher, fail as "orchestration not found" and are retried forever (entities never answer).
        UseSeparateQueueForEntityWorkItems = true,
    };
}
