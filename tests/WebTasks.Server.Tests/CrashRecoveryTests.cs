using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>The service process is killed (SIGKILL) in the middle of a run; started again, it finishes the task.</summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_task_interrupted_by_a_killed_process_completes_after_restart()
    {
        await using var sites = await SiteServer.StartAsync();
        var azurite = await Azurite.GetAsync();
        var settings = WebTasksService.DefaultSettings(azurite.ConnectionString, Azurite.NewPrefix());
        settings["WebTasks:Pipeline:LeaseDuration"] = "00:00:04";
        settings["WebTasks:Pipeline:MessageVisibility"] = "00:00:04";

        var first = await ServerProcess.StartAsync(settings);
        using var api = new WebTasksApi(new HttpClient { BaseAddress = first.BaseUrl }, WebTasksService.Workspace, WebTasksService.ApiKey);
        await api.PutCodeAsync("durable", """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              const text = await page.textContent('#done');
              return { text };
            }
            """);
        var id = await api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = sites.Url("/slow?ms=4000"), ["reuseKey"] = "durable" });
        var queuedBehind = await api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = sites.Url("/slow?ms=10"), ["reuseKey"] = "durable" });

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await api.ResultAsync(id))["status"]!.GetValue<string>() != "started")
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the task never started");
            await Task.Delay(50);
        }

        await Task.Delay(1000); // well inside the 4 s page load
        first.Kill();
        await first.DisposeAsync();

        await using var second = await ServerProcess.StartAsync(settings);
        using var api2 = new WebTasksApi(new HttpClient { BaseAddress = second.BaseUrl }, WebTasksService.Workspace, WebTasksService.ApiKey);
        var result = await api2.WaitAsync(id, TimeSpan.FromSeconds(90));

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        result["result"]!["data"]!["text"]!.GetValue<string>().ShouldBe("waited 4000 ms");
        var behind = await api2.WaitAsync(queuedBehind, TimeSpan.FromSeconds(60));
        behind["outcome"]!.GetValue<string>().ShouldBe("success");
        behind["timings"]!["startedAt"]!.GetValue<DateTimeOffset>().ShouldBeGreaterThanOrEqualTo(result["timings"]!["completedAt"]!.GetValue<DateTimeOffset>());
        (await api2.GetJsonAsync("reuse-keys/durable/revisions"))["revisions"]!.AsArray().Count.ShouldBe(1, "nothing saved twice");
    }
}
