using Microsoft.Extensions.Options;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Client.Tests;

/// <summary>The real service (with a small inline-result limit, so files happen) and the local sites.</summary>
public sealed class ClientFixture : IAsyncLifetime
{
    public WebTasksService Service { get; private set; } = null!;

    public SiteServer Sites { get; private set; } = null!;

    public WebTasksClient Client { get; private set; } = null!;

    public WebTasksClientOptions Options => new()
    {
        BaseUrl = Service.BaseUrl,
        Workspace = WebTasksService.Workspace,
        ApiKey = WebTasksService.ApiKey,
        PollInterval = TimeSpan.FromMilliseconds(100),
    };

    public async Task InitializeAsync()
    {
        Sites = await SiteServer.StartAsync();
        Service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Limits:InlineResultBytes"] = "300", ["WebTasks:Browser:Trace"] = "always" });
        Client = new WebTasksClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(Options));
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Sites.DisposeAsync();
    }
}
