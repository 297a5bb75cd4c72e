using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// Every connection a run's browser (or a webhook) makes is checked on the address actually dialled. The service allows
/// 127.0.0.1 only, so the local site reached as <c>localhost</c> stands for a private target; its hit counter proves
/// that nothing arrived there, whichever way the request was sent.
/// </summary>
public sealed class EgressGuardTests : IAsyncLifetime
{
    private SiteServer _sites = null!;
    private WebTasksService _service = null!;
    private WebTasksApi _api = null!;

    public async Task InitializeAsync()
    {
        _sites = await SiteServer.StartAsync();
        _service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Sinks:MaxAttempts"] = "1" });
        _api = _service.Api();
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _service.DisposeAsync();
        await _sites.DisposeAsync();
    }

    private string Private(string name) => $"http://localhost:{_sites.BaseUrl.Port}/hits/{name}";

    private string RedirectTo(string url) => _sites.Url("/redirect?to=" + Uri.EscapeDataString(url));

    [Fact]
    public async Task A_redirect_from_an_allowed_page_to_a_private_address_is_not_followed()
    {
        await _api.PutCodeAsync("redirected", """
            async function main({ page, params }) {
              await page.goto(params.allowed);
              try { await page.goto(params.blocked); } catch (e) { return 'navigation failed: ' + e.message; }
              return 'landed on ' + page.url();
            }
            """);

        var result = await RunAsync("redirected", new JsonObject
        {
            ["allowed"] = RedirectTo(_sites.Url("/hits/redirect-allowed")), ["blocked"] = RedirectTo(Private("redirect")),
        });

        _sites.Hits.GetValueOrDefault("redirect-allowed").ShouldBe(1, "a redirect to an allowed address is followed");
        _sites.Hits.GetValueOrDefault("redirect").ShouldBe(0, result.ToJsonString());
    }

    [Fact]
    public async Task The_planners_start_page_cannot_redirect_it_inside()
    {
        var result = await _api.RunAsync(new JsonObject { ["task"] = "List the items", ["startUrl"] = RedirectTo(Private("planner")), ["model"] = "none" });

        result["outcome"]!.GetValue<string>().ShouldBe("failed", result.ToJsonString());
        _sites.Hits.GetValueOrDefault("planner").ShouldBe(0);
    }

    /// <summary>Each way is tried on the allowed address too: its arrival shows the test would see a leak.</summary>
    [Theory]
    [InlineData("fetch", "await fetch(url, { mode: 'no-cors' })")]
    [InlineData("beacon", "navigator.sendBeacon(url, 'x')")]
    [InlineData("image", "await new Promise(done => { const i = new Image(); i.onload = i.onerror = done; i.src = url; })")]
    [InlineData("iframe", "await new Promise(done => { const f = document.createElement('iframe'); f.onload = done; f.src = url; document.body.append(f); setTimeout(done, 2000); })")]
    [InlineData("websocket", "await new Promise(done => { const s = new WebSocket(url.replace('http:', 'ws:')); s.onopen = s.onerror = s.onclose = done; })")]
    [InlineData("form", "await new Promise(done => { const n = 'f' + Math.random(); const t = document.createElement('iframe'); t.name = n; document.body.append(t); t.onload = done; const f = document.createElement('form'); f.method = 'post'; f.action = url; f.target = n; document.body.append(f); f.submit(); setTimeout(done, 5000); })")]
    public async Task Requests_made_by_the_page_itself_never_reach_a_private_address(string name, string send)
    {
        await _api.PutCodeAsync($"page-{name}", $$"""
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              return await page.evaluate(async ([allowed, blocked]) => {
                const send = async (url) => { try { {{send}}; } catch (e) { } };
                await send(allowed);
                await send(blocked);
                await new Promise(done => setTimeout(done, 300));
                return 'sent';
              }, [params.allowed, params.blocked]);
            }
            """);

        var result = await RunAsync($"page-{name}", new JsonObject { ["allowed"] = _sites.Url($"/hits/{name}-allowed"), ["blocked"] = Private(name) });

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        _sites.Hits.GetValueOrDefault($"{name}-allowed").ShouldBeGreaterThan(0, $"{name} did not reach even the allowed listener: the test would not see a leak");
        _sites.Hits.GetValueOrDefault(name).ShouldBe(0, $"{name} reached the private listener");
    }

    [Fact]
    public async Task A_private_proxy_is_refused_before_anything_runs()
    {
        await _api.PutCodeAsync("proxied", Scripts.Wait(1));

        var result = await _api.RunAsync(new JsonObject
        {
            ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "proxied", ["proxy"] = $"http://localhost:{_sites.BaseUrl.Port}",
        });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        result["error"]!["code"]!.GetValue<string>().ShouldBe("rejected");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("proxy is not allowed");
    }

    [Fact]
    public async Task A_webhook_that_redirects_to_a_private_address_is_not_followed()
    {
        await _api.PutCodeAsync("hooked", Scripts.Wait(1));
        var id = await _api.StartAsync(new JsonObject
        {
            ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "hooked",
            ["sink"] = new JsonObject { ["type"] = "webhook", ["url"] = RedirectTo(Private("webhook")) },
        });

        // The run's orchestration ends once its one delivery attempt has been made.
        await _service.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(id);

        (await _api.ResultAsync(id))["outcome"]!.GetValue<string>().ShouldBe("success");
        _sites.Hits.GetValueOrDefault("webhook").ShouldBe(0);
    }

    private async Task<JsonObject> RunAsync(string key, JsonObject parameters) =>
        await _api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = key, ["parameters"] = parameters });
}
