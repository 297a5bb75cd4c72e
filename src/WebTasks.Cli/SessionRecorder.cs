using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WebTasks.Cli;

/// <summary>
/// Records a login on the user's own machine: a Chromium window at the login page; the user logs in and closes the
/// window (or the browser reaches the --until URL); the last storage state seen is the session. The state is read
/// while the window is open because once it closes, the context and its cookies are gone.
/// </summary>
internal static class SessionRecorder
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);

    public static async Task<JsonObject> RecordAsync(string url, string? until, string chromium, bool headless, CancellationToken cancellationToken)
    {
        if (!File.Exists(chromium))
        {
            throw new UsageException($"No Chromium at {chromium}: install it (apt-get install chromium) or name it with --browser or WEBTASKS_CHROMIUM.");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = headless,
            Args = ["--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = ViewportSize.NoViewport });
        var page = await context.NewPageAsync();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Close += (_, _) => closed.TrySetResult();
        browser.Disconnected += (_, _) => closed.TrySetResult();
        await page.GotoAsync(url);
        var reached = until is null ? Task.Delay(Timeout.Infinite, cancellationToken) : page.WaitForURLAsync(until, new PageWaitForURLOptions { Timeout = 0 });
        Console.Error.WriteLine(until is null
            ? $"Log in at {url} in the browser window, then close the window to save the session."
            : $"Log in at {url}; the session is saved when the browser reaches {until}.");

        string? state = null;
        while (!closed.Task.IsCompleted)
        {
            try
            {
                state = await context.StorageStateAsync();
            }
            catch (PlaywrightException)
            {
                break; // the window closed between two reads: the last state read is the session
            }

            if (reached.IsCompletedSuccessfully)
            {
                break;
            }

            await Task.WhenAny(closed.Task, reached, Task.Delay(Every, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        return state is null
            ? throw new UsageException("The browser closed before anything was recorded; nothing was uploaded.")
            : (JsonObject)JsonNode.Parse(state)!;
    }
}
