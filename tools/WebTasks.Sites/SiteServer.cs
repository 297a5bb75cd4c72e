using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace WebTasks.Sites;

/// <summary>
/// The local test sites (the <c>sites/</c> folder) on 127.0.0.1 and a free port, plus what static files cannot do:
/// a slow page, a site whose markup changes between two versions, and webhook receivers that record what they get.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
    }

    public string Root { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Which markup <c>/events/</c> serves: "v1" (a table), "v2" (cards) or "v3" (no events at all).</summary>
    public string EventsVersion { get; set; } = "v1";

    /// <summary>Bodies and headers POSTed to <c>/hooks/{name}</c>.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<ReceivedHook>> Hooks { get; } = new();

    /// <summary>
    /// How many times <c>/hits/{name}</c> was requested (any method, a WebSocket handshake too): a script that visits it
    /// counts its runs, and a test that must prove nothing arrived reads 0 here.
    /// </summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    /// <summary>The headers of each GET of <c>/files/{name}</c> (which answers <c>[1,2,3]</c>), as a signed-link download would send them.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<IReadOnlyDictionary<string, string>>> Downloads { get; } = new();

    /// <summary>How many more POSTs to <c>/hooks/{name}</c> answer 500 before one succeeds.</summary>
    public ConcurrentDictionary<string, int> HookFailures { get; } = new();

    /// <summary>
    /// <c>/gate/{name}</c> answers only once the test opens the gate (or after 2 minutes): a run held there is in
    /// flight for exactly as long as the test needs, with no clock involved.
    /// </summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    public void OpenGate(string name) => Gate(name).TrySetResult();

    private TaskCompletionSource Gate(string name) => Gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public static async Task<SiteServer> StartAsync(int port = 0)
    {
        var root = SitesFolder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new SiteServer(app, root);

        app.MapGet("/slow", async (int? ms, CancellationToken ct) =>
        {
            await Task.Delay(Math.Clamp(ms ?? 1000, 0, 120_000), ct);
            return Results.Content($"<!doctype html><html><head><title>Slow</title></head><body><p id=\"done\">waited {ms} ms</p></body></html>", "text/html");
        });
        app.MapGet("/gate/{name}", async (string name, CancellationToken ct) =>
        {
            await server.Gate(name).Task.WaitAsync(TimeSpan.FromMinutes(2), ct);
            return Results.Content("<!doctype html><html><head><title>Gate</title></head><body><p id=\"done\">opened</p></body></html>", "text/html");
        });
        app.MapGet("/events/", () => Results.File(Path.Combine(root, "changing", server.EventsVersion, "index.html"), "text/html"));
        app.MapGet("/big", (int? rows) => Results.Content(BigTable(Math.Clamp(rows ?? 2000, 1, 50_000)), "text/html"));
        app.MapGet("/files/{name}", (string name, HttpRequest request) =>
        {
            server.Downloads.GetOrAdd(name, _ => new ConcurrentQueue<IReadOnlyDictionary<string, string>>())
                .Enqueue(request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()));
            return Results.Content("[1,2,3]", "application/json");
        });
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapPost("/redirect", (string to) => Results.Redirect(to, permanent: false, preserveMethod: true));
        app.Map("/hits/{name}", (string name) =>
        {
            var count = server.Hits.AddOrUpdate(name, 1, (_, n) => n + 1);
            return Results.Content($"<!doctype html><html><head><title>Hit</title></head><body><p id=\"count\">{count}</p></body></html>", "text/html");
        });
        app.MapPost("/hooks/{name}", async (string name, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            server.Hooks.GetOrAdd(name, _ => new ConcurrentQueue<ReceivedHook>()).Enqueue(new ReceivedHook(body, headers, DateTimeOffset.UtcNow));
            if (server.HookFailures.TryGetValue(name, out var failures) && failures > 0)
            {
                server.HookFailures[name] = failures - 1;
                return Results.StatusCode(500);
            }

            return Results.Ok();
        });
        app.MapMembersArea();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = new PhysicalFileProvider(root) });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), ServeUnknownFileTypes = true });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A page with one large table, for results too big to return inline.</summary>
    private static string BigTable(int rows)
    {
        var body = string.Concat(Enumerable.Range(1, rows).Select(i => $"<tr><td>Item {i}</td><td>{i * 1.5:0.00}</td><td>A longer description of item number {i} to make the row heavier</td></tr>"));
        return $"<!doctype html><html><head><title>Big</title></head><body><table id=\"big\"><tbody>{body}</tbody></table></body></html>";
    }

    /// <summary>The sites folder copied next to the assembly (or the repository's, when run from source).</summary>
    public static string SitesFolder()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "sites");
        if (Directory.Exists(copied))
        {
            return copied;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sites");
            if (Directory.Exists(Path.Combine(candidate, "shop")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The sites folder was not found next to the assembly or above it.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedHook(string Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At);
