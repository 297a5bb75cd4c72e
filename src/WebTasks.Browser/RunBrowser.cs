using System.Collections.Concurrent;
using Microsoft.Playwright;
using WebTasks.Core.Network;

namespace WebTasks.Browser;

/// <summary>The browser context of one run and its page. Disposing closes the context (and so aborts any call in flight).</summary>
public sealed class RunBrowser(IBrowserContext context, AddressGuard guard) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Task<string?>> _hostVerdicts = new(StringComparer.OrdinalIgnoreCase);
    private bool _tracing;
    private bool _disposed;

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; private set; } = null!;

    /// <summary>Requests the guard stopped, with the reason, most recent last.</summary>
    public ConcurrentQueue<string> Blocked { get; } = new();

    internal async Task OpenPageAsync(bool tracing)
    {
        _tracing = tracing;
        Page = await Context.NewPageAsync();
    }

    /// <summary>Why <paramref name="url"/> may not be visited, or null; cached per host for the run.</summary>
    public Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var cacheKey = url.Scheme + "://" + url.Authority;
        return _hostVerdicts.GetOrAdd(cacheKey, _ => guard.CheckAsync(url, cancellationToken));
    }

    internal async Task GuardRouteAsync(IRoute route)
    {
        var reason = Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var url)
            ? await CheckAsync(url, CancellationToken.None)
            : "the URL is not valid";
        if (reason is null)
        {
            await route.ContinueAsync();
            return;
        }

        Blocked.Enqueue($"{route.Request.Url}: {reason}");
        await route.AbortAsync("blockedbyclient");
    }

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
    }
}
