using System.Text.Json.Nodes;

namespace WebTasks.Server.Tests;

/// <summary>
/// Private, loopback, link-local and metadata addresses are off limits unless allowed. The test service allows
/// 127.0.0.1 only, so <c>localhost</c> (which resolves to loopback) stands for every blocked host here.
/// </summary>
public sealed class NetworkGuardTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Theory]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.168.0.1/admin")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://localhost/")]
    public async Task A_blocked_start_url_is_rejected_before_anything_runs(string startUrl)
    {
        var result = await fixture.Api.RunAsync(new JsonObject { ["task"] = "Read the page", ["startUrl"] = startUrl });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        result["error"]!["code"]!.GetValue<string>().ShouldBe("rejected");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("not allowed");
    }

    [Fact]
    public async Task A_script_cannot_navigate_to_a_blocked_address()
    {
        await fixture.Api.PutCodeAsync("to-metadata", """
            async function main({ page }) {
              await page.goto('http://169.254.169.254/latest/meta-data/');
              return await page.content();
            }
            """);
        var result = await fixture.Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "to-metadata" });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("blocked");
    }

    [Fact]
    public async Task Requests_the_page_makes_to_blocked_hosts_are_aborted()
    {
        var port = fixture.Sites.BaseUrl.Port;
        await fixture.Api.PutCodeAsync("page-fetch", $$"""
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              return await page.evaluate(async (url) => {
                try { const r = await fetch(url); return 'reached:' + r.status; } catch (e) { return 'failed'; }
              }, 'http://localhost:{{port}}/directory/');
            }
            """);
        var result = await fixture.Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "page-fetch" });

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        result["result"]!["data"]!.GetValue<string>().ShouldBe("failed");
    }
}
