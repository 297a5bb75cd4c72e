using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>A run that outlives its deadline fails with <c>timeout</c> and its browser context is closed.</summary>
[Collection(TimedCollection.Name), Trait(TimedCollection.Trait, "true")]
public sealed class DeadlineTests : IAsyncLifetime
{
    private SiteServer _sites = null!;
    private WebTasksService _service = null!;
    private WebTasksApi _api = null!;

    public async Task InitializeAsync()
    {
        _sites = await SiteServer.StartAsync();
        _service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Pipeline:RunTimeout"] = "00:00:03" });
        _api = _service.Api();
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _service.DisposeAsync();
        await _sites.DisposeAsync();
    }

    [Theory]
    [InlineData("slow-page", "await page.goto(params.startUrl.replace('/directory/', '/slow?ms=30000'), { timeout: 60000 });")]
    [InlineData("busy-page", "await page.goto(params.startUrl); await page.evaluate(() => { while (true) { } });")]
    [InlineData("never-settles", "await page.goto(params.startUrl); await new Promise(() => {});")]
    public async Task A_run_past_its_deadline_fails_with_timeout(string key, string body)
    {
        await _api.PutCodeAsync(key, $"async function main({{ page, params }}) {{\n  {body}\n  return 1;\n}}");
        var result = await _api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = key }, TimeSpan.FromSeconds(60));

        result["outcome"]!.GetValue<string>().ShouldBe("failed", result.ToJsonString());
        result["error"]!["code"]!.GetValue<string>().ShouldBe("timeout");
        result["timings"]!["durationMs"]!.GetValue<long>().ShouldBeLessThan(15_000);

        // The host survived and the next run on the same key goes through.
        await _api.PutCodeAsync(key, Scripts.Wait(1));
        var next = await _api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = key });
        next["outcome"]!.GetValue<string>().ShouldBe("success", next.ToJsonString());
    }
}
