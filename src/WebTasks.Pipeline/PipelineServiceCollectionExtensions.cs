using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebTasks.Agent;
using WebTasks.Agent.Chat;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Auth;
using WebTasks.Pipeline.Results;
using WebTasks.Pipeline.Running;
using WebTasks.Pipeline.Sinks;
using WebTasks.Planner;
using WebTasks.Storage;
using WebTasks.Storage.Ai;
using WebTasks.Storage.Auth;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Reuse;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Storage, browser, sandbox, planner, agent and every durable function's class; the host adds the Durable Task runtime.</summary>
    public static IServiceCollection AddWebTasksPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebTasksOptions>(configuration.GetSection(WebTasksOptions.Section));

        // First of the hosted services (they start in the order added): storage exists before anything uses it.
        services.AddHostedService<StartupTasks>();
        services.AddSingleton(_ => new StorageAccount(StorageOptionsFrom(configuration)));
        services.AddSingleton<TaskStore>();
        services.AddSingleton<ReuseKeyStore>();
        services.AddSingleton<KeyTurnStore>();
        services.AddSingleton<PayloadStore>();
        services.AddSingleton<FileStore>();
        services.AddSingleton<TaskRequests>();
        services.AddSingleton(sp => new AddressGuard(sp.GetRequiredService<IOptions<WebTasksOptions>>()));
        services.AddSingleton<Chromium>();
        services.AddSingleton<BrowserHost>();
        services.AddSingleton<ScriptSandbox>();
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
        services.AddSingleton<VerifyOutput>();
        services.AddSingleton<TaskRunner>();
        services.AddSingleton<ResultStore>();
        services.AddSingleton<AttachmentLinks>();
        services.AddSingleton<ResultReader>();
        services.AddSingleton<CompletionSignals>();
        services.AddSingleton<RunCancellations>();
        services.AddSingleton<WebTaskCanceller>();
        services.AddSingleton<WebTaskSubmitter>();
        services.AddHttpClient(SinkHttp.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<AddressGuard>().GuardedHandler());
        services.AddSingleton<SinkHttp>();
        services.AddSingleton<AuthSessionStore>();
        services.AddSingleton<AuthSessions>();
        services.AddDataProtection().SetApplicationName("WebTasks");
        services.AddOptions<KeyManagementOptions>().Configure<StorageAccount>((keys, account) => keys.XmlRepository = new BlobKeyRepository(account.DataProtectionKeys));
        services.AddSingleton<ISinkWriter, WebhookWriter>();
        services.AddSingleton<ISinkWriter, S3Writer>();
        services.AddSingleton<ISinkWriter, BlobWriter>();
        foreach (var function in DurableFunctions.All.Where(f => f.Kind == DurableKind.Activity))
        {
            services.AddTransient(function.Type);
        }

        return services;
    }

    /// <summary><c>WebTasks:Storage</c>, with <c>ConnectionStrings:Storage</c> as the connection string when none is set there.</summary>
    public static StorageOptions StorageOptionsFrom(IConfiguration configuration)
    {
        var storage = configuration.GetSection("WebTasks:Storage").Get<StorageOptions>() ?? new StorageOptions();
        storage.ConnectionString ??= configuration.GetConnectionString("Storage");
        return storage;
    }
}
