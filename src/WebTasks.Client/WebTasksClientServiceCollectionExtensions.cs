using Microsoft.Extensions.DependencyInjection;

namespace WebTasks.Client;

public static class WebTasksClientServiceCollectionExtensions
{
    /// <summary>Registers <see cref="WebTasksClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
    /// <returns>The client's builder, to add handlers or resilience.</returns>
    public static IHttpClientBuilder AddWebTasksClient(this IServiceCollection services, Action<WebTasksClientOptions> configure)
    {
        services.Configure(configure);
        return services.AddHttpClient<WebTasksClient>();
    }
}
