using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using WebTasks.Browser.Egress;
using WebTasks.Core.Network;

namespace WebTasks.Browser;

/// <summary>
/// Runs' browsers: every run gets a fresh context of its own (cookies, storage, proxy and trace) in the host's
/// <see cref="Chromium"/>, closed when the run ends. A run's traffic goes through an egress proxy of its own in this
/// process (<see cref="EgressProxy"/>) that also knows the run's own proxy.
/// </summary>
public sealed class BrowserHost(Chromium chromium, AddressGuard guard, ILogger<BrowserHost> logger)
{
    /// <summary>The host's Chromium, launched now if it is not running (a warm-up, or a check that it can be).</summary>
    public Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken) => chromium.GetAsync(cancellationToken);

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
