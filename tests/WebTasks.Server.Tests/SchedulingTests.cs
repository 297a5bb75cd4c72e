using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>Same-key runs one at a time in submission order; different keys in parallel up to the workspace limit.</summary>
public sealed class SchedulingTests : IAsyncLifetime
{
    private const int WorkspaceLimit = 4;
    private SiteServer _sites = null!;
    private WebTasksService _service = null!;
    private WebTasksApi _api = null!;

    public async Task InitializeAsync()
    {
        _sites = await SiteServer.StartAsync();
        _service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Pipeline:WorkerConcurrency"] = "16",
            ["WebTasks:Pipeline:WorkspaceConcurrency"] = WorkspaceLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebTasks:Browser:Trace"] = "false",
        });
        _api = _service.Api();
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _service.DisposeAsync();
        await _sites.DisposeAsync();
    }

    [Fact]
    public async Task Twenty_same_key_runs_go_one_at_a_time_in_submission_order()
    {
        await _api.PutCodeAsync("serial", Scripts.Wait(100));
        JsonObject Body(int i) => new() { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "serial", ["parameters"] = new JsonObject { ["marker"] = i } };

        // Ten submitted one after another (each accepted before the next is sent: a defined order), then ten more
        // all at once (no order among them) while the first ten still wait their turn.
        var inOrder = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            inOrder.Add(await _api.StartAsync(Body(i)));
        }

        var atOnce = await Task.WhenAll(Enumerable.Range(10, 10).Select(i => _api.StartAsync(Body(i))));
        var first = await Task.WhenAll(inOrder.Select(id => _api.WaitAsync(id, TimeSpan.FromMinutes(3))));
        var second = await Task.WhenAll(atOnce.Select(id => _api.WaitAsync(id, TimeSpan.FromMinutes(3))));

        first.Concat(second).ShouldAllBe(r => r["outcome"]!.GetValue<string>() == "success");
        var all = first.Concat(second).Select(Interval).OrderBy(r => r.Started).ToList();
        for (var i = 1; i < all.Count; i++)
        {
            all[i].Started.ShouldBeGreaterThanOrEqualTo(all[i - 1].Completed, $"two runs of one key overlapped ({i - 1} and {i} by start time)");
        }

        var ordered = first.Select(Interval).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            ordered[i].Started.ShouldBeGreaterThanOrEqualTo(ordered[i - 1].Completed, $"run {i} started before run {i - 1}, submitted earlier, completed");
        }

        second.Select(Interval).Min(r => r.Started).ShouldBeGreaterThanOrEqualTo(ordered[^1].Completed, "a later submission went before an earlier one");
    }

    [Fact]
    public async Task Different_keys_run_in_parallel_up_to_the_workspace_limit_and_the_rest_wait()
    {
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            await _api.PutCodeAsync($"par-{i}", Scripts.Wait(1500));
        }

        ids.AddRange(await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = $"par-{i}" }))));
        var results = await Task.WhenAll(ids.Select(id => _api.WaitAsync(id, TimeSpan.FromMinutes(3))));

        results.ShouldAllBe(r => r["outcome"]!.GetValue<string>() == "success");
        var runs = results.Select(Interval).ToList();
        var peak = runs.Max(r => runs.Count(o => o.Started <= r.Started && r.Started < o.Completed));
        peak.ShouldBeLessThanOrEqualTo(WorkspaceLimit);
        peak.ShouldBeGreaterThan(1, "different keys should overlap");
    }

    private static (DateTimeOffset Created, DateTimeOffset Started, DateTimeOffset Completed) Interval(JsonObject result)
    {
        var t = result["timings"]!;
        return (t["createdAt"]!.GetValue<DateTimeOffset>(), t["startedAt"]!.GetValue<DateTimeOffset>(), t["completedAt"]!.GetValue<DateTimeOffset>());
    }
}
