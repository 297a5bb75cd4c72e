using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Core.Network;
using WebTasks.Core.Options;

namespace WebTasks.Browser;

/// <summary>
/// One Chromium per host (launching costs seconds); every run gets a fresh context of its own (cookies, storage,
/// routes, proxy and trace), closed when the run ends.
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
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.ExecutablePath,
                Headless = settings.Headless,
                ChromiumSandbox = settings.ChromiumSandbox,
                Args = LaunchArgs,
            });
            logger.LogInformation("Chromium {Version} started from {Path}", _browser.Version, settings.ExecutablePath);
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new context for one run: every request it makes passes the address guard.</summary>
    public async Task<RunBrowser> OpenAsync(RunBrowserOptions run, CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken);
        var contextOptions = new BrowserNewContextOptions { AcceptDownloads = true };
        if (run.Proxy is not null)
        {
            var proxy = new Uri(run.Proxy);
            var credentials = Uri.UnescapeDataString(proxy.UserInfo).Split(':', 2);
            contextOptions.Proxy = new Proxy
            {
                Server = $"{proxy.Scheme}://{proxy.Host}:{proxy.Port}",
                Username = credentials.Length > 0 && credentials[0].Length > 0 ? credentials[0] : null,
                Password = credentials.Length > 1 ? credentials[1] : null,
            };
        }

        var context = await browser.NewContextAsync(contextOptions);
        var session = new RunBrowser(context, guard);
        try
        {
            context.SetDefaultTimeout((float)run.ActionTimeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)run.ActionTimeout.TotalMilliseconds);
            await context.RouteAsync("**/*", session.GuardRouteAsync);
            if (run.Trace)
            {
                await context.Tracing.StartAsync(new TracingStartOptions { Snapshots = true, Screenshots = false, Sources = false });
            }

            await session.OpenPageAsync(run.Trace);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
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
        _gate.Dispose();
    }
}

public sealed record RunBrowserOptions(string? Proxy, bool Trace, TimeSpan ActionTimeout);
