using System.Net;
using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>POST …/cancel: the run ends failed with <c>cancelled</c>, its browser work stops, its key is free at once, nothing is saved.</summary>
[Collection(TimedCollection.Name), Trait(TimedCollection.Trait, "true")]
public sealed class CancelTests : IAsyncLifetime
{
    private SiteServer _sites = null!;
    private WebTasksService _service = null!;
    private WebTasksApi _api = null!;

    public async Task InitializeAsync()
    {
        _sites = await SiteServer.StartAsync();

        // No periodic sweep: only the cancel itself can free the key here.
        _service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Durable:EndedRunSweep"] = "01:00:00" });
        _api = _service.Api();
    }

    public async Task DisposeAsync()
    {
        _sites.OpenGate("cancel");
        _api.Dispose();
        await _service.DisposeAsync();
        await _sites.DisposeAsync();
    }

    [Fact]
    public async Task A_running_task_is_cancelled_its_key_is_free_at_once_and_nothing_is_saved()
    {
        await _api.PutCodeAsync("cancel", Scripts.Wait(10));
        var held = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/gate/cancel"), ["reuseKey"] = "cancel" });
        var next = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "cancel" });
        while ((await _api.ResultAsync(held, waitSeconds: 1))["status"]!.GetValue<string>() != "started")
        {
        }

        using var response = await _api.SendAsync(HttpMethod.Post, $"web-tasks/{held}/cancel");
        var cancelled = await WebTasksApi.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, cancelled.ToJsonString());
        cancelled["status"]!.GetValue<string>().ShouldBe("completed");
        cancelled["outcome"]!.GetValue<string>().ShouldBe("failed");
        cancelled["error"]!["code"]!.GetValue<string>().ShouldBe("cancelled");
        var after = await _api.WaitAsync(next, TimeSpan.FromSeconds(60));
        after["outcome"]!.GetValue<string>().ShouldBe("success", "the cancelled run's key lock was released by the cancel (the sweep is off)");
        (await _api.ResultAsync(held))["error"]!["code"]!.GetValue<string>().ShouldBe("cancelled", "nothing completed it otherwise afterwards");
        (await _api.GetJsonAsync("reuse-keys/cancel/revisions"))["revisions"]!.AsArray().Count.ShouldBe(1);

        using var again = await _api.SendAsync(HttpMethod.Post, $"web-tasks/{held}/cancel");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await WebTasksApi.ReadAsync(again))["message"]!.GetValue<string>().ShouldContain("already completed");
        using var unknown = await _api.SendAsync(HttpMethod.Post, "web-tasks/wt_00000000000000000000000000000000/cancel");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pending_task_is_cancelled_and_never_runs_or_saves()
    {
        var id = await _api.StartAsync(new JsonObject
        {
            ["task"] = "Extract every product with its name, price and rating",
            ["startUrl"] = _sites.Url("/shop/page1.html"),
            ["reuseKey"] = "cancel-planned",
            ["model"] = "none",
            ["outputSchema"] = Scripts.ShopSchema(),
        });
        using var response = await _api.SendAsync(HttpMethod.Post, $"web-tasks/{id}/cancel");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _api.WaitAsync(id))["error"]!["code"]!.GetValue<string>().ShouldBe("cancelled");
        (await _api.SendAsync(HttpMethod.Get, "reuse-keys/cancel-planned")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a cancelled run saves no script");
    }
}
