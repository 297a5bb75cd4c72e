using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Browser.Egress;
using WebTasks.Core.Network;
using WebTasks.Core.Options;

namespace WebTasks.Browser;

/// <summary>
/// One Chromium per host (launching costs seconds); every run gets a fresh context of its own (cookies, storage,
/// proxy and trace), closed when the run ends. All of Chromium's traffic goes through an egress proxy in this process
/// (<see cref="EgressProxy"/>): the browser's default one, and one per run that also knows the run's own proxy.
/// </summary>
public sealed class BrowserHost(IOptions<WebTasksOptions> options, AddressGuard guard, ILogger<BrowserHost> logger) : IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
    [
        "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private EgressProxy? _egress;

    public async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true })
        {
            return _browser;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            var settings = options.Value.Browser;
            if (!File.Exists(settings.ExecutablePath))
            {
                throw new InvalidOperationException(
                    $"Chromium was not found at {settings.ExecutablePath}. Install it (apt-get install -y chromium) or set WebTasks:Browser:ExecutablePath.");
            }

            _playwright ??= await Playwright.CreateAsync();
            _egress ??= EgressProxy.Start(guard, null, reason => logger.LogWarning("Blocked outside any run: {Reason}", reason), logger);
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.ExecutablePath,
                Headless = settings.Headless,
                ChromiumSandbox = settings.ChromiumSandbox,
                Args = LaunchArgs,

                // Loopback included: Playwright makes Chromium send it through the proxy too.
                Proxy = new Proxy { Server = _egress.Address },
            });
            logger.LogInformation("Chromium {Version} started from {Path}", _browser.Version, settings.ExecutablePath);
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new context for one run, behind a proxy of its own that checks every connection it makes.</summary>
    public async Task<RunBrowser> OpenAsync(RunBrowserOptions run, CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken);
        var blocked = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var egress = EgressProxy.Start(guard, run.Proxy is null ? null : new UpstreamProxy(new Uri(run.Proxy)), blocked.Enqueue, logger);
        RunBrowser? session = null;
        try
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, Proxy = new Proxy { Server = egress.Address }, StorageState = run.StorageState });
            session = new RunBrowser(context, guard, egress, blocked);
            context.SetDefaultTimeout((float)run.ActionTimeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)run.ActionTimeout.TotalMilliseconds);
            if (run.Trace != TraceDetail.None)
            {
                await context.Tracing.StartAsync(new TracingStartOptions { Snapshots = run.Trace == TraceDetail.Snapshots, Screenshots = false, Sources = false });
            }

            await session.OpenPageAsync(run.Trace != TraceDetail.None);
            return session;
        }
        catch
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
            else
            {
                await egress.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_egress is not null)
        {
            await _egress.DisposeAsync();
        }

        _gate.Dispose();
    }
}

/// <param name="StorageState">A captured session (Playwright storage state JSON) the context starts with: the run is logged in.</param>
public sealed record RunBrowserOptions(string? Proxy, TraceDetail Trace, TimeSpan ActionTimeout, string? StorageState = null);

/// <summary>What a run's Playwright trace records.</summary>
public enum TraceDetail
{
    None,

    /// <summary>Actions with their timing and errors, console and network: nearly free to record.</summary>
    Actions,

    /// <summary>Also a DOM snapshot around every action (what the trace viewer shows as the page): costs ~100 ms a run.</summary>
    Snapshots,
}
