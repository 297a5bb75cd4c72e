using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace WebTasks.Testing;

/// <summary>
/// The real service (the same Program, workers and all) on Kestrel on a loopback port, over the shared Azurite
/// with storage of its own, allowed to reach 127.0.0.1 (where the test sites are), on the process's shared Chromium
/// (<see cref="SharedChromium"/>). Two workspaces: ws1 and ws2.
/// </summary>
public sealed class WebTasksService : WebApplicationFactory<Program>
{
    public const string Workspace = "ws1";
    public const string ApiKey = "key-ws1";
    public const string OtherWorkspace = "ws2";
    public const string OtherApiKey = "key-ws2";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly Action<IWebHostBuilder>? _host;

    private WebTasksService(Dictionary<string, string?> settings, Action<IServiceCollection>? services, Action<IWebHostBuilder>? host)
    {
        _settings = settings;
        _services = services;
        _host = host;
    }

    public string StoragePrefix => _settings["WebTasks:Storage:Prefix"]!;

    public string ConnectionString => _settings["ConnectionStrings:Storage"]!;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>
    /// Starts a service; <paramref name="settings"/> override the test defaults (e.g. a short deadline),
    /// <paramref name="services"/> replaces services (e.g. the chat models with scripted ones) and
    /// <paramref name="host"/> changes the host last (e.g. its environment or configuration sources).
    /// </summary>
    public static async Task<WebTasksService> StartAsync(
        IDictionary<string, string?>? settings = null, string? prefix = null, Action<IServiceCollection>? services = null, Action<IWebHostBuilder>? host = null)
    {
        var azurite = await Azurite.GetAsync();
        var all = DefaultSettings(azurite.ConnectionString, prefix ?? Azurite.NewPrefix());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // WebApplicationFactory's documented override: the host's files are next to us, whatever runs us (tests, bench).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WEBTASKS_SERVER", AppContext.BaseDirectory);
        var service = new WebTasksService(all, services, host);
        // Port 0: Kestrel binds a free port itself. A port found free beforehand can be taken by an outgoing connection
        // of a test running beside this one before Kestrel binds it.
        service.UseKestrel(0);
        service.StartServer();
        service.BaseUrl = service.ClientOptions.BaseAddress;
        return service;
    }

    public static Dictionary<string, string?> DefaultSettings(string connectionString, string prefix) => new()
    {
        ["ConnectionStrings:Storage"] = connectionString,
        ["WebTasks:Storage:Prefix"] = prefix,
        ["WebTasks:Network:AllowedPrivateHosts:0"] = "127.0.0.1",
        [$"WebTasks:Workspaces:{Workspace}:ApiKey"] = ApiKey,
        [$"WebTasks:Workspaces:{OtherWorkspace}:ApiKey"] = OtherApiKey,
        ["WebTasks:Sinks:FirstRetryDelay"] = "00:00:00.300",

        // A planned script waits 5 × this for its records; the change tests break sites on purpose.
        ["WebTasks:Planner:RevealWait"] = "00:00:00.500",
        ["Logging:LogLevel:Default"] = "Warning",

        // An idle queue is polled this often at most: each step of a run (lock, activity, release) waits up to it.
        ["WebTasks:Durable:MaxQueuePollingInterval"] = "00:00:00.200",

        // Tests and the benchmark read the results of many tasks at once.
        ["WebTasks:Limits:ReadsPerMinute"] = "1000000",
    };

    public WebTasksApi Api(string workspace = Workspace, string apiKey = ApiKey)
    {
        var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        return new WebTasksApi(http, workspace, apiKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(SharedChromium.Value));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }

        _host?.Invoke(builder);
    }
}
