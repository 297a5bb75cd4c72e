using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Sites;

namespace WebTasks.Browser.Tests;

/// <summary>One Chromium and the local sites for a test class; each script runs in a fresh context, as in production.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public WebTasksOptions Options { get; } = new()
    {
        Network = new NetworkOptions { AllowedPrivateHosts = ["127.0.0.1"] },
        // Wide enough for navigations on a loaded 2-core CI machine; tests of timeouts pass their own.
        Browser = new BrowserOptions { Trace = TraceModes.Off, ActionTimeout = TimeSpan.FromSeconds(15) },
        Sandbox = new SandboxOptions { MemoryBytes = 64L * 1024 * 1024, MaxStatements = 5_000_000, MaxRecursion = 200 },
    };

    private Chromium _chromium = null!;

    public BrowserHost Browsers { get; private set; } = null!;

    public ScriptSandbox Sandbox { get; private set; } = null!;

    public SiteServer Sites { get; private set; } = null!;

    public MemoryAttachments Attachments { get; } = new();

    public async Task InitializeAsync()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var guard = new AddressGuard(options);
        _chromium = new Chromium(options, guard, NullLogger<Chromium>.Instance);
        Browsers = new BrowserHost(_chromium, guard, NullLogger<BrowserHost>.Instance);
        Sandbox = new ScriptSandbox(options);
        Sites = await SiteServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await Sites.DisposeAsync();
    }

    /// <summary>Runs <paramref name="code"/> with <c>params.startUrl</c> set to <paramref name="path"/> on the local sites.</summary>
    public async Task<ScriptOutcome> RunAsync(string code, string path = "/directory/", JsonObject? parameters = null, TimeSpan? timeout = null, IAiExtractor? ai = null)
    {
        var p = parameters ?? [];
        p["startUrl"] = Sites.Url(path);
        await using var run = await Browsers.OpenAsync(new RunBrowserOptions(null, TraceDetail.None, Options.Browser.ActionTimeout), CancellationToken.None);
        return await Sandbox.RunAsync(code, p, run, Attachments, timeout ?? TimeSpan.FromSeconds(20), CancellationToken.None, ai);
    }
}

/// <summary>Keeps downloads in memory: the sandbox tests are about the script, not about blob storage.</summary>
public sealed class MemoryAttachments : IAttachmentSink
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public async Task<StoredAttachment> StoreAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var path = $"mem/{Guid.NewGuid():N}/{fileName}";
        Files[path] = buffer.ToArray();
        return new StoredAttachment(fileName, "application/octet-stream", buffer.Length, path);
    }
}
