using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Sites;
using WebTasks.Testing;
using Xunit.Abstractions;

namespace WebTasks.Server.Tests;

/// <summary>The engine's edges: a lock holder terminated by an operator, and a run longer than every lease and visibility timeout.</summary>
[Collection(TimedCollection.Name), Trait(TimedCollection.Trait, "true")]
public sealed class DurableEngineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SiteServer _sites = null!;
    private WebTasksService _service = null!;
    private WebTasksApi _api = null!;

    public async Task InitializeAsync()
    {
        _sites = await SiteServer.StartAsync();
        _service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Durable:VisibilityTimeout"] = "00:00:05",
            ["WebTasks:Durable:LeaseInterval"] = "00:00:06",
            ["WebTasks:Durable:EndedRunSweep"] = "00:00:01",
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
    public async Task A_run_terminated_while_it_holds_its_key_does_not_block_the_key()
    {
        await _api.PutCodeAsync("held", Scripts.Wait(15_000));
        var holder = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "held" });
        await WaitForStatusAsync(holder, "started");
        var next = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "held", ["parameters"] = new JsonObject { ["n"] = 2 } });

        await _service.Services.GetRequiredService<DurableTaskClient>().TerminateInstanceAsync(holder, "stopped by an operator");

        // The next run is waited for first: nobody has read the terminated run, so its record still says started, and
        // the next run must settle it itself rather than wait for the key's turn to lapse.
        var result = await _api.WaitAsync(next, TimeSpan.FromSeconds(60));
        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        var terminated = await _api.WaitAsync(holder, TimeSpan.FromSeconds(30));
        terminated["outcome"]!.GetValue<string>().ShouldBe("failed");
        terminated["error"]!["message"]!.GetValue<string>().ShouldContain("terminated");
    }

    [Fact]
    public async Task A_run_longer_than_every_lease_and_visibility_timeout_runs_once_and_result_reads_stay_fast()
    {
        await _api.PutCodeAsync("long", """
            async function main({ page, params }) {
              await page.goto(params.hits);
              await page.waitForTimeout(25000);
              return { runs: Number(await page.textContent('#count')) };
            }
            """);
        var id = await _api.StartAsync(new JsonObject
        {
            ["task"] = "t", ["startUrl"] = _sites.Url("/directory/"), ["reuseKey"] = "long", ["parameters"] = new JsonObject { ["hits"] = _sites.Url("/hits/long") },
        });

        var slowest = TimeSpan.Zero;
        JsonObject result;
        do
        {
            var read = Stopwatch.StartNew();
            result = await _api.ResultAsync(id);
            slowest = read.Elapsed > slowest ? read.Elapsed : slowest;
            await Task.Delay(250);
        }
        while (result["status"]!.GetValue<string>() != "completed");

        output.WriteLine($"slowest result read during a 25 s run: {slowest.TotalMilliseconds:0} ms");
        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        _sites.Hits["long"].ShouldBe(1, "the run ran once");
        result["result"]!["data"]!["runs"]!.GetValue<int>().ShouldBe(1);
        slowest.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    private async Task WaitForStatusAsync(string id, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await _api.ResultAsync(id))["status"]!.GetValue<string>() != status)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{id} never reached {status}");
            await Task.Delay(50);
        }
    }
}
