using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>One service and one set of test sites shared by the tests of a class.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public WebTasksService Service { get; private set; } = null!;

    public SiteServer Sites { get; private set; } = null!;

    public WebTasksApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sites = await SiteServer.StartAsync();
        Service = await WebTasksService.StartAsync();
        Api = Service.Api();
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Service.DisposeAsync();
        await Sites.DisposeAsync();
    }
}
