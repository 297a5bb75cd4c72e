using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebTasks.Agent;
using WebTasks.Agent.Chat;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Results;
using WebTasks.Pipeline.Stages;
using WebTasks.Pipeline.Workers;
using WebTasks.Planner;
using WebTasks.Storage;
using WebTasks.Storage.Ai;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Leases;
using WebTasks.Storage.Reuse;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Storage, browser, sandbox, the pipeline's stages and its workers (idle when WebTasks:Pipeline:RunWorkers is false).</summary>
    public static IServiceCollection AddWebTasksPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebTasksOptions>(configuration.GetSection(WebTasksOptions.Section));
        services.AddSingleton(sp =>
        {
            var storage = configuration.GetSection("WebTasks:Storage").Get<StorageOptions>() ?? new StorageOptions();
            storage.ConnectionString ??= configuration.GetConnectionString("Storage");
            return new StorageAccount(storage);
        });
        services.AddSingleton<TaskStore>();
        services.AddSingleton<ReuseKeyStore>();
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<KeyLine>();
        services.AddSingleton<PayloadStore>();
        services.AddSingleton<FileStore>();
        services.AddSingleton(sp => new AddressGuard(sp.GetRequiredService<IOptions<WebTasksOptions>>()));
        services.AddSingleton<BrowserHost>();
        services.AddSingleton<ScriptSandbox>();
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<CheckEligibility>();
        services.AddSingleton<KeyLock>();
        services.AddSingleton<LoadBundle>();
        services.AddSingleton<RunScript>();
        services.AddSingleton<ScriptPlanner>();
        services.AddSingleton<PlanScript>();
        services.AddSingleton<ReplayScript>();
        services.AddSingleton<AiLedger>();
        services.AddSingleton<IChatModels, ConfiguredChatModels>();
        services.AddSingleton<IAiBudget, WorkspaceAiBudget>();
        services.AddSingleton<EligibilityJudge>();
        services.AddSingleton<ScriptAgent>();
        services.AddSingleton<ModelExtractors>();
        services.AddSingleton<ExploreScript>();
        services.AddSingleton<SaveBundle>();
        services.AddSingleton<VerifyOutput>();
        services.AddSingleton<DeliverResult>();
        services.AddSingleton<AttachmentLinks>();
        services.AddSingleton<ResultReader>();
        services.AddSingleton<WebTaskSubmitter>();
        services.AddSingleton<WebTaskPipeline>();
        services.AddHttpClient(WebhookWorker.HttpClientName);

        services.AddHostedService<PipelineWorker>();
        services.AddHostedService<WebhookWorker>();
        return services;
    }
}
