using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Browser.Egress;
using WebTasks.Core.Network;
using WebTasks.Core.Options;

namespace WebTasks.Browser;

/// <summary>
/// The Chromium behind a <see cref="BrowserHost"/>: launched on first use (a Playwright driver and the browser cost
/// seconds) and again if it died. Its default proxy is an egress proxy of its own, so even what it sends outside any
/// run's context is checked. A host has one; a process that starts many hosts (the tests) may give them one to share,
/// every run still in a context and behind a proxy of its own.
/// </summary>
public sealed class Chromium(IOptions<WebTasksOptions> options, AddressGuard guard, ILogger<Chromium> logger) : IAsyncDisposable
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

    public async Task<IBrowser> GetAsync(CancellationToken cancellationToken)
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
            var executable = settings.Executable;
            if (!File.Exists(executable))
            {
                throw new InvalidOperationException(
                    $"Chromium was not found at {executable}. Install it (apt-get install -y chromium-headless-shell, or chromium for a browser with a window) or set WebTasks:Browser:ExecutablePath.");
            }

            _playwright ??= await Playwright.CreateAsync();
            _egress ??= EgressProxy.Start(guard, null, reason => logger.LogWarning("Blocked outside any run: {Reason}", reason), logger);
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = settings.Headless,
                ChromiumSandbox = settings.ChromiumSandbox,
                Args = LaunchArgs,

                // Loopback included: Playwright makes Chromium send it through the proxy too.
                Proxy = new Proxy { Server = _egress.Address },
            });
            logger.LogInformation("Chromium {Version} started from {Path}", _browser.Version, executable);
            return _browser;
        }
        finally
        {
            _gate.Release();
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
