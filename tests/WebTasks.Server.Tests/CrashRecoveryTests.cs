using System.Diagnostics;
using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;
using Xunit.Abstractions;

namespace WebTasks.Server.Tests;

/// <summary>
/// Hosts are killed outright (SIGKILL) with runs in flight, as when a machine dies; the Durable Task engine hands their
/// work to the host that is left or comes back, and every run completes.
/// </summary>
[Collection(TimedCollection.Name), Trait(TimedCollection.Trait, "true")]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const string SlowScript = """
        async function main({ page, params }) {
          await page.goto(params.startUrl);
          return { text: await page.textContent('#done') };
        }
        """;

    [Fact]
    public async Task Runs_in_flight_when_the_host_is_killed_all_complete_after_a_restart_with_nothing_saved_twice_and_no_lock_held()
    {
        await using var sites = await SiteServer.StartAsync();
        var settings = await SettingsAsync();
        settings["Logging:LogLevel:WebTasks.Pipeline"] = "Information";
        await using var first = await ServerProcess.StartAsync(settings);
        using var api = Api(first);
        var keys = new[] { "shared", "own-0", "own-1", "own-2", "own-3" };
        var revisions = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            revisions[key] = (await api.PutCodeAsync(key, SlowScript))["revisionId"]!.GetValue<string>();
        }

        var runs = new List<(string Id, string Key)>();
        foreach (var key in new[] { "shared", "own-0", "shared", "own-1", "shared", "own-2", "shared", "own-3" })
        {
            runs.Add((await api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = sites.Url("/slow?ms=3000"), ["reuseKey"] = key }), key));
        }

        // Two runs that write a script (the planner, no model) on one key: the first saves, the second replays it.
        var planned = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            planned.Add(await api.StartAsync(new JsonObject
            {
                ["task"] = "Extract every product with its name, price and rating",
                ["startUrl"] = sites.Url("/shop/page1.html"),
                ["reuseKey"] = "planned",
                ["model"] = "none",
                ["outputSchema"] = Scripts.ShopSchema(),
            }));
        }

        // Killed with runs in the browser (started) and others still waiting for their key or a slot.
        await WaitUntilAsync(async () => (await Task.WhenAll(runs.Select(r => api.ResultAsync(r.Id)))).Count(r => r["status"]!.GetValue<string>() == "started") >= 2);
        first.Kill();

        var sinceRestart = Stopwatch.StartNew();
        await using var second = await ServerProcess.StartAsync(settings);
        using var api2 = Api(second);
        var results = await Task.WhenAll(runs.Select(r => api2.WaitAsync(r.Id, TimeSpan.FromMinutes(4))));
        output.WriteLine($"restart → last of {runs.Count} runs completed: {sinceRestart.Elapsed.TotalSeconds:0.0} s (leases and visibility 10 s)");

        foreach (var result in results)
        {
            result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
            result["result"]!["data"]!["text"]!.GetValue<string>().ShouldBe("waited 3000 ms");
        }

        var shared = runs.Select((r, i) => (r.Key, Result: results[i])).Where(r => r.Key == "shared").Select(r => Interval(r.Result)).OrderBy(r => r.Started).ToList();
        for (var i = 1; i < shared.Count; i++)
        {
            shared[i].Started.ShouldBeGreaterThanOrEqualTo(shared[i - 1].Completed, "two runs of one key overlapped");
        }

        foreach (var key in keys)
        {
            var history = (await api2.GetJsonAsync($"reuse-keys/{key}/revisions"))["revisions"]!.AsArray();
            history.Count.ShouldBe(1, $"{key}: a run on saved code saves nothing");
            history[0]!["revisionId"]!.GetValue<string>().ShouldBe(revisions[key]);
        }

        var plannedResults = await LoggedAsync(Task.WhenAll(planned.Select(id => api2.WaitAsync(id, TimeSpan.FromMinutes(2)))), [first, second], planned);
        plannedResults.ShouldAllBe(r => r["outcome"]!.GetValue<string>() == "success");
        var plannedHistory = (await api2.GetJsonAsync("reuse-keys/planned/revisions"))["revisions"]!.AsArray();
        plannedHistory.Count.ShouldBe(1, "the planned script is saved once, however often its run or its save ran");
        plannedResults.Count(r => r["reuse"]!["created"]!.GetValue<bool>() && r["reuse"]!["updated"]!.GetValue<bool>()).ShouldBe(1);
        plannedResults.Count(r => r["reuse"]!["used"]!.GetValue<bool>()).ShouldBe(1, "the second run replays the first's script");

        var after = await api2.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = sites.Url("/slow?ms=10"), ["reuseKey"] = "shared" }, TimeSpan.FromSeconds(60));
        after["outcome"]!.GetValue<string>().ShouldBe("success", "the key was free again");
    }

    [Fact]
    public async Task Two_hosts_share_one_task_hub_and_one_finishes_the_runs_of_the_other_when_it_is_killed()
    {
        await using var sites = await SiteServer.StartAsync();
        var settings = await SettingsAsync();
        settings["WebTasks:Durable:MaxConcurrentActivities"] = "2";
        settings["Logging:LogLevel:WebTasks.Pipeline.Activities.RunTask"] = "Information";
        await using var a = await ServerProcess.StartAsync(settings);
        await using var b = await ServerProcess.StartAsync(settings);
        using var apiA = Api(a);
        using var apiB = Api(b);
        for (var i = 0; i < 8; i++)
        {
            await apiA.PutCodeAsync($"k{i}", SlowScript);
        }

        JsonObject Body(int i, int ms) => new() { ["task"] = "t", ["startUrl"] = sites.Url($"/slow?ms={ms}"), ["reuseKey"] = $"k{i}" };
        var shared = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => apiA.StartAsync(Body(i, 1500))));
        (await Task.WhenAll(shared.Select(id => apiA.WaitAsync(id, TimeSpan.FromMinutes(2))))).ShouldAllBe(r => r["outcome"]!.GetValue<string>() == "success");
        shared.Count(id => Ran(a, id)).ShouldBeGreaterThan(0, "host A ran none of the runs");
        shared.Count(id => Ran(b, id)).ShouldBeGreaterThan(0, "host B ran none of the runs");

        var orphaned = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => apiB.StartAsync(Body(i, 4000))));
        await WaitUntilAsync(() => Task.FromResult(orphaned.Any(id => Ran(a, id))));
        a.Kill();

        var results = await Task.WhenAll(orphaned.Select(id => apiB.WaitAsync(id, TimeSpan.FromMinutes(3))));
        results.ShouldAllBe(r => r["outcome"]!.GetValue<string>() == "success");
        orphaned.Where(id => Ran(a, id)).ShouldAllBe(id => Ran(b, id), "what the killed host had started was run again by the other");
    }

    /// <summary>
    /// Awaits <paramref name="task"/>; when it fails, writes what the hosts logged about <paramref name="ids"/> to the
    /// test's output, to tell a run that hung from a lock that was not handed on.
    /// </summary>
    private async Task<T> LoggedAsync<T>(Task<T> task, ServerProcess[] hosts, IReadOnlyList<string> ids)
    {
        try
        {
            return await task;
        }
        catch (Exception)
        {
            foreach (var (host, i) in hosts.Select((h, i) => (h, i)))
            {
                output.WriteLine($"── host {i + 1}, lines about {string.Join(", ", ids)}:");
                foreach (var line in host.Output.Where(l => ids.Any(id => l.Contains(id, StringComparison.Ordinal))).TakeLast(200))
                {
                    output.WriteLine(line);
                }
            }

            throw;
        }
    }

    private static bool Ran(ServerProcess host, string webTaskId) => host.Output.Any(line => line.Contains($"Running web task {webTaskId}", StringComparison.Ordinal));

    /// <summary>
    /// A host's settings with a fresh task hub. A killed host's partition leases and its messages' visibility lapse
    /// after 10 s rather than the defaults' 30 s: what is checked is that every run completes, once, not how long the
    /// defaults take.
    /// </summary>
    private static async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var azurite = await Azurite.GetAsync();
        var settings = WebTasksService.DefaultSettings(azurite.ConnectionString, Azurite.NewPrefix());
        settings["WebTasks:Durable:LeaseInterval"] = "00:00:10";
        settings["WebTasks:Durable:VisibilityTimeout"] = "00:00:10";
        return settings;
    }

    private static WebTasksApi Api(ServerProcess host) =>
        new(new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromMinutes(2) }, WebTasksService.Workspace, WebTasksService.ApiKey);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition never came true");
            await Task.Delay(100);
        }
    }

    private static (DateTimeOffset Started, DateTimeOffset Completed) Interval(JsonObject result) =>
        (result["timings"]!["startedAt"]!.GetValue<DateTimeOffset>(), result["timings"]!["completedAt"]!.GetValue<DateTimeOffset>());
}
