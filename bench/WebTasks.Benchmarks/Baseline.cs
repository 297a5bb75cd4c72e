using Microsoft.Playwright;
using WebTasks.Core.Options;

namespace WebTasks.Benchmarks;

/// <summary>
/// What a .NET team would write by hand: the shop's 3-page extraction in C# Playwright, with a fresh context per
/// run (as the service does) on the same Chromium build and flags.
/// </summary>
internal sealed class Baseline : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Baseline(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Baseline> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = new BrowserOptions().Executable,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return new Baseline(playwright, browser);
    }

    public async Task<int> ExtractAsync(string startUrl)
    {
        var context = await _browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var count = 0;
            string? url = startUrl;
            while (url is not null)
            {
                await page.GotoAsync(url);
                var names = await page.EvalOnSelectorAllAsync<string[]>(".product-card", "cards => cards.map(c => c.querySelector('.product-name').textContent.trim() + '|' + c.querySelector('.price').textContent + '|' + c.querySelector('.rating').textContent)");
                count += names.Length;
                var next = page.Locator("a[rel=next]");
                url = await next.CountAsync() > 0 ? new Uri(new Uri(page.Url), await next.GetAttributeAsync("href")).ToString() : null;
            }

            return count;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
