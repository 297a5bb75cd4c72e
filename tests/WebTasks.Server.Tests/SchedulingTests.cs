using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Sites;
using WebTasks.Storage.Reuse;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>Same-key runs one at a time, none starving; different keys in parallel up to the workspace limit, the rest waiting.</summary>
[Collection(TimedCollection.Name), Trait(TimedCollection.Trait, "true")]
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
            ["WebTasks:Durable:MaxConcurrentActivities"] = "16",
            ["WebTasks:Pipeline:WorkspaceConcurrency"] = WorkspaceLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebTasks:Browser:Trace"] = "off",
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
    public async Task Fifty_concurrent_same_key_runs_never_overlap_and_all_complete()
    {
        await _api.PutCodeAsync("serial", Scripts.Wait(20));

        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "serial", ["parameters"] = new JsonObject { ["marker"] = i } })));
        var results = await Task.WhenAll(ids.Select(id => _api.WaitAsync(id, TimeSpan.FromMinutes(5))));

        results.ShouldAllBe(r => r["outcome"]!.GetValue<string>() == "success");
        var runs = results.Select(Interval).OrderBy(r => r.Started).ToList();
        for (var i = 1; i < runs.Count; i++)
        {
            runs[i].Started.ShouldBeGreaterThanOrEqualTo(runs[i - 1].Completed, $"two runs of one key overlapped ({i - 1} and {i} by start time)");
        }
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

    [Fact]
    public async Task A_run_admitted_while_another_run_has_its_keys_turn_waits_for_that_run()
    {
        // What a key admitted twice leaves (a host killed between the queue entity's answer and its checkpoint): the
        // key's turn is held by a run that is still going, here one waiting at a gate.
        await _api.PutCodeAsync("turn-holder", Scripts.Wait(10));
        await _api.PutCodeAsync("fenced", Scripts.Wait(10));
        var holder = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/gate/turn"), ["reuseKey"] = "turn-holder" });
        var turns = _service.Services.GetRequiredService<KeyTurnStore>();
        (await turns.TryTakeAsync(WebTasksService.Workspace, "fenced", holder, DateTimeOffset.UtcNow.AddMinutes(5), CancellationToken.None)).ShouldBeNull();

        var fenced = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "fenced" });
        await Task.Delay(TimeSpan.FromSeconds(5));
        (await _api.ResultAsync(fenced))["status"]!.GetValue<string>().ShouldBe("pending", "the run must not start while another has its key's turn");

        _sites.OpenGate("turn");
        var held = await _api.WaitAsync(holder, TimeSpan.FromMinutes(1));
        var waited = await _api.WaitAsync(fenced, TimeSpan.FromMinutes(1));

        waited["outcome"]!.GetValue<string>().ShouldBe("success", waited.ToJsonString());
        Interval(waited).Started.ShouldBeGreaterThanOrEqualTo(Interval(held).Completed);
    }

    [Fact]
    public async Task A_request_to_the_queue_left_by_a_host_that_died_before_its_checkpoint_neither_hangs_the_run_nor_holds_the_key()
    {
        // A host killed after an episode asked the workspace's queue for a turn, before it checkpointed, leaves that
        // request behind; the episode runs again elsewhere and asks anew, so the queue hears the run twice. (Locks
        // taken with LockEntitiesAsync granted the key to the request left behind, and the run hung for good.) No
        // sweep here: it would free a key held by an ended run and hide a second place kept for the run.
        await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Durable:EndedRunSweep"] = "01:00:00",
            ["WebTasks:Browser:Trace"] = "off",
        });
        using var api = service.Api();
        await api.PutCodeAsync("asked-twice", Scripts.Wait(10));
        var durable = service.Services.GetRequiredService<DurableTaskClient>();
        var holder = await api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/gate/asked-twice"), ["reuseKey"] = "asked-twice" });
        await WaitForQueueAsync(durable, state => state.Running.Any(r => r.InstanceId == holder));
        var waiting = await api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "asked-twice" });
        await WaitForQueueAsync(durable, state => state.Waiting.Any(r => r.InstanceId == waiting));
        await durable.Entities.SignalEntityAsync(
            WorkspaceRuns.For(WebTasksService.Workspace), nameof(WorkspaceRuns.Enter), new RunClaim(waiting, "asked-twice", WorkspaceLimit, 0, TimeSpan.FromMinutes(20)));

        _sites.OpenGate("asked-twice");
        (await api.WaitAsync(holder, TimeSpan.FromMinutes(1)))["outcome"]!.GetValue<string>().ShouldBe("success");
        var waited = await api.WaitAsync(waiting, TimeSpan.FromMinutes(1));
        waited["outcome"]!.GetValue<string>().ShouldBe("success", waited.ToJsonString());
        var after = await api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "asked-twice" }, TimeSpan.FromSeconds(60));
        after["outcome"]!.GetValue<string>().ShouldBe("success", "the key is free once the run asked twice has ended");
        await WaitForQueueAsync(durable, state => !state.Running.Concat(state.Waiting).Any(r => r.InstanceId == waiting || r.InstanceId == holder));
    }

    private static async Task WaitForQueueAsync(DurableTaskClient durable, Func<WorkspaceRunsState, bool> condition)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); ; await Task.Delay(200))
        {
            var queue = await durable.Entities.GetEntityAsync<WorkspaceRunsState>(WorkspaceRuns.For(WebTasksService.Workspace));
            if (queue is not null && condition(queue.State))
            {
                return;
            }

            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(1), "the workspace's queue never came to the state looked for");
        }
    }

    [Fact]
    public async Task A_keys_turn_comes_with_the_revision_the_key_runs_now()
    {
        var take = _service.Services.GetRequiredService<TakeKeyTurn>();
        var settings = new RunSettings(TimeSpan.FromMinutes(1), WorkspaceLimit, 1, TimeSpan.Zero, TimeSpan.Zero);
        KeyTurnRequest Request(string webTaskId) => new(new WebTaskInput(WebTasksService.Workspace, webTaskId, "turn-bundle", false, settings), DateTimeOffset.UtcNow.AddMinutes(2));
        var context = new TestActivityContext(nameof(TakeKeyTurn), "wt_turn_a");

        (await take.RunAsync(context, Request("wt_turn_a"))).ShouldBe(new KeyTurn(null, null), "a key with no revision yet");
        var revision = (await _api.PutCodeAsync("turn-bundle", Scripts.Wait(10)))["revisionId"]!.GetValue<string>();

        var again = await take.RunAsync(context, Request("wt_turn_a"));
        again.HeldBy.ShouldBeNull("taking one's own turn again is a no-op");
        again.Bundle.ShouldNotBeNull().RevisionId.ShouldBe(revision);
        (await take.RunAsync(context, Request("wt_turn_b"))).HeldBy.ShouldBeNull("a run with no task record (never accepted, or purged) holds no turn");
    }

    private static (DateTimeOffset Created, DateTimeOffset Started, DateTimeOffset Completed) Interval(JsonObject result)
    {
        var t = result["timings"]!;
        return (t["createdAt"]!.GetValue<DateTimeOffset>(), t["startedAt"]!.GetValue<DateTimeOffset>(), t["completedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Past_the_bound_of_waiting_runs_a_run_fails_at_once_with_workspace_rate_limited()
    {
        await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Pipeline:WorkspaceConcurrency"] = "1",
            ["WebTasks:Pipeline:MaxWaitingRuns"] = "2",
            ["WebTasks:Browser:Trace"] = "off",
        });
        using var api = service.Api();
        for (var i = 0; i < 5; i++)
        {
            await api.PutCodeAsync($"backlog-{i}", Scripts.Wait(10));
        }

        // Every run waits at a gate the test opens: one in flight and two waiting take every place until then.
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/gate/backlog"), ["reuseKey"] = $"backlog-{i}" }));
        }

        var refused = new List<JsonObject>();
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); refused.Count < 2 && clock.Elapsed < TimeSpan.FromMinutes(1);)
        {
            refused = [.. (await Task.WhenAll(ids.Select(id => api.ResultAsync(id, waitSeconds: 1)))).Where(r => r["status"]!.GetValue<string>() == "completed")];
        }

        _sites.OpenGate("backlog");
        var results = await Task.WhenAll(ids.Select(id => api.WaitAsync(id, TimeSpan.FromMinutes(2))));

        refused.Count.ShouldBe(2, "two runs completed while the gate was shut");
        refused.ShouldAllBe(r => r["error"]!["code"]!.GetValue<string>() == "workspace-rate-limited");
        refused.ShouldAllBe(r => r["error"]!["message"]!.GetValue<string>().Contains("2 waiting"));
        refused.ShouldAllBe(r => r["reuse"]!["used"]!.GetValue<bool>() == false);
        results.Count(r => r["outcome"]!.GetValue<string>() == "success").ShouldBe(3, string.Join("\n", results.Select(r => r.ToJsonString())));

        var after = await api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/gate/backlog"), ["reuseKey"] = "backlog-0" });
        after["outcome"]!.GetValue<string>().ShouldBe("success", "the places are free again once the runs end");
    }
}
