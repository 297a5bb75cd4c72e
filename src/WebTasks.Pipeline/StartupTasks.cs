using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Storage;

namespace WebTasks.Pipeline;

/// <summary>
/// Before the host serves or works (both hosts): storage exists. Then, in the background, the costly first-time work (the first
/// Jint engine loads time zones; Chromium takes seconds to start) so the first run does not pay for it.
/// </summary>
internal sealed class StartupTasks(StorageAccount storage, BrowserHost browsers, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        _ = Task.Run(
            async () =>
            {
                try
                {
                    ScriptSandbox.WarmUp();
                    await browsers.GetBrowserAsync(CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "Warm-up failed; the first run will try again");
                }
            },
            CancellationToken.None);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
