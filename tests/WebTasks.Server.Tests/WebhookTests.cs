using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

public sealed class WebhookTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task The_result_is_posted_signed_and_retried_until_accepted()
    {
        fixture.Sites.HookFailures["flaky"] = 2;
        await fixture.Api.PutCodeAsync("hooked", Scripts.Wait(1));
        var result = await fixture.Api.RunAsync(new JsonObject
        {
            ["task"] = "t",
            ["startUrl"] = fixture.Sites.Url("/directory/"),
            ["reuseKey"] = "hooked",
            ["sink"] = new JsonObject { ["type"] = "webhook", ["url"] = fixture.Sites.Url("/hooks/flaky"), ["headers"] = new JsonObject { ["x-tenant"] = "acme" } },
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((fixture.Sites.Hooks.GetValueOrDefault("flaky")?.Count ?? 0) < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var received = fixture.Sites.Hooks["flaky"].ToArray();
        received.Length.ShouldBe(3, "two failures, then the delivery that succeeded");
        received[2].At.ShouldBeGreaterThan(received[1].At);
        var orchestration = await fixture.Service.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(result["webTaskId"]!.GetValue<string>());
        orchestration.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        fixture.Sites.Hooks["flaky"].Count.ShouldBe(3, "no delivery after a 2xx: the run's orchestration has ended");

        var hook = received[^1];
        hook.Headers["x-tenant"].ShouldBe("acme");
        var body = JsonNode.Parse(hook.Body)!;
        body["webTaskId"]!.GetValue<string>().ShouldBe(result["webTaskId"]!.GetValue<string>());
        body["outcome"]!.GetValue<string>().ShouldBe("success");
        JsonNode.DeepEquals(body["result"], result["result"]).ShouldBeTrue();

        // t=…,v1=hex(HMAC-SHA256(workspace secret, "{t}.{body}")), the workspace's API key being the default secret.
        var signature = hook.Headers["x-webtasks-signature"];
        var parts = signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebTasksService.ApiKey), Encoding.UTF8.GetBytes($"{parts["t"]}.{hook.Body}")));
        parts["v1"].ShouldBe(expected);

        // Delivery never changed the stored result.
        var stored = await fixture.Api.ResultAsync(result["webTaskId"]!.GetValue<string>());
        JsonNode.DeepEquals(stored["result"], result["result"]).ShouldBeTrue();
        stored["timings"]!["completedAt"]!.GetValue<string>().ShouldBe(result["timings"]!["completedAt"]!.GetValue<string>());
    }
}
