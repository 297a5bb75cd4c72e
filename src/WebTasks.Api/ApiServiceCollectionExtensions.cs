using Microsoft.Extensions.DependencyInjection;

namespace WebTasks.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The API's handlers and their gate (key, rate limit, error shape); the pipeline must be added too.</summary>
    public static IServiceCollection AddWebTasksApi(this IServiceCollection services)
    {
        services.AddSingleton<Http.ApiGate>();
        services.AddSingleton<Storage.Tasks.RunIndex>();
        services.AddSingleton<Runs.RunHandlers>();
        services.AddSingleton<WebTaskHandlers>();
        services.AddSingleton<ReuseKeyHandlers>();
        services.AddSingleton<AuthSessionHandlers>();
        return services;
    }
}
