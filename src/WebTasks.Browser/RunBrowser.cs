using System.Collections.Concurrent;
using Microsoft.Playwright;
using WebTasks.Browser.Egress;
using WebTasks.Core.Network;

namespace WebTasks.Browser;

/// <summary>
/// The browser context of one run, its page and its egress proxy. Disposing closes the context (and so aborts any call
/// in flight), then the proxy.
/// </summary>
public sealed class RunBrowser(IBrowserContext context, AddressGuard guard, EgressProxy egress, ConcurrentQueue<string> blocked) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Task<string?>> _hostVerdicts = new(StringComparer.OrdinalIgnoreCase);
    private bool _tracing;
    private bool _disposed;

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; private set; } = null!;

    /// <summary>Connections the egress proxy refused, with the reason, most recent last.</summary>
    public ConcurrentQueue<string> Blocked { get; } = blocked;

    internal async Task OpenPageAsync(bool tracing)
    {
        _tracing = tracing;
        Page = await Context.NewPageAsync();
    }

    /// <summary>
    /// Why <paramref name="url"/> may not be visited, or null; cached per host for the run. A courtesy for clear
    /// messages before a navigation: the egress proxy is what enforces it, on every connection.
    /// </summary>
    public Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var cacheKey = url.Scheme + "://" + url.Authority;
        return _hostVerdicts.GetOrAdd(cacheKey, _ => guard.CheckAsync(url, cancellationToken));
    }

    /// <summary>
    /// The page's URL when it shows a login form (a visible password field), else null: a run that started with a
    /// session and ends there was sent to log in again, so its session no longer works.
    /// </summary>
    public async Task<string?> LoginFormAsync()
    {
        try
        {
            return !Page.IsClosed && await Page.Locator("input[type=password]:visible").CountAsync() > 0 ? Page.Url : null;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>The context's cookies and local storage now (Playwright storage state JSON).</summary>
    public Task<string> StorageStateAsync() => Context.StorageStateAsync();

    /// <summary>Stops the trace and writes it to <paramref name="path"/>; false when there is none.</summary>
    public async Task<bool> SaveTraceAsync(string path)
    {
        if (!_tracing || _disposed)
        {
            return false;
        }

        _tracing = false;
        await Context.Tracing.StopAsync(new TracingStopOptions { Path = path });
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await Context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser went away first; the context is gone with it.
        }
        finally
        {
            await egress.DisposeAsync();
        }
    }
}
