using System.Net;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

[Collection(TimedCollection.Name), Trait(TimedCollection.Trait, "true")]
public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_write_limit_a_workspace_gets_429_while_reads_and_other_workspaces_go_on()
    {
        await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Limits:WritesPerMinute"] = "3",
            ["WebTasks:Pipeline:RunWorkers"] = "false",
        });
        using var api = service.Api();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await api.SendAsync(HttpMethod.Post, "web-tasks/start", """{ "task": "t" }""");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var json = await WebTasksApi.ReadAsync(response);
                json["code"]!.GetValue<string>().ShouldBe("rate-limited");
                json["retirable"]!.GetValue<bool>().ShouldBeTrue();
                json["correlationId"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(3);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(2);
        (await api.SendAsync(HttpMethod.Get, "reuse-keys")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var other = service.Api(WebTasksService.OtherWorkspace, WebTasksService.OtherApiKey);
        (await other.SendAsync(HttpMethod.Post, "web-tasks/start", """{ "task": "t" }""")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Callers_with_a_wrong_key_spend_no_workspace_quota_and_are_limited_per_address()
    {
        await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Limits:WritesPerMinute"] = "3",
            ["WebTasks:Limits:UnauthenticatedPerMinute"] = "4",
            ["WebTasks:Pipeline:RunWorkers"] = "false",
        });
        using var stranger = service.Api(WebTasksService.Workspace, "not-the-key");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await stranger.SendAsync(HttpMethod.Post, "web-tasks/start", """{ "task": "t" }""");
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        using var owner = service.Api();
        for (var i = 0; i < 3; i++)
        {
            (await owner.SendAsync(HttpMethod.Post, "web-tasks/start", """{ "task": "t" }""")).StatusCode.ShouldBe(HttpStatusCode.OK, $"start {i}");
        }
    }
}
