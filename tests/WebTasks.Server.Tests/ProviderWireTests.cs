using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// The real SDK clients (OpenAI, Anthropic) against local stubs of their HTTP APIs: configuring WebTasks:Ai:* is all
/// a first run needs to screen, explore, finish, verify, save, and then replay with no call.
/// </summary>
public sealed class ProviderWireTests
{
    [Fact]
    public async Task An_OpenAI_compatible_endpoint_is_all_a_first_run_needs()
    {
        await using var stub = await ModelStub.StartAsync();
        stub.Then(ModelStub.OpenAi("""{"allowed": true, "reason": "web scraping"}"""))
            .Then(ModelStub.OpenAi(null, "snapshot", callId: "call_1"))
            .Then(ModelStub.OpenAi(null, "finish", new JsonObject { ["code"] = Scripts.EventsV1 }, callId: "call_2"));

        var (first, second) = await RunTwiceAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Ai:Provider"] = "OpenAI",
            ["WebTasks:Ai:Endpoint"] = new Uri(stub.BaseUrl, "v1").ToString(),
            ["WebTasks:Ai:ApiKey"] = "test-key",
            ["WebTasks:Ai:Models:haiku"] = "gpt-test",
            ["WebTasks:Ai:Prices:gpt-test:Input"] = "1",
            ["WebTasks:Ai:Prices:gpt-test:Output"] = "5",
        });

        first["outcome"]!.GetValue<string>().ShouldBe("success", first.ToJsonString());
        first["cost"]!["aiUsd"]!.GetValue<decimal>().ShouldBe(0.006m);
        second["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
        var requests = stub.Requests.ToList();
        requests.Count.ShouldBe(3, "screening, snapshot, finish; the second run made no call");
        requests.ShouldAllBe(r => r.Headers["Authorization"].ToString() == "Bearer test-key");
        requests[1].Body["model"]!.GetValue<string>().ShouldBe("gpt-test");
        requests[1].Body["tools"]!.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>()).ShouldBe(["snapshot", "run_snippet", "finish"]);
        var toolResult = requests[2].Body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "tool")!;
        toolResult["tool_call_id"]!.GetValue<string>().ShouldBe("call_1");
        toolResult["content"]!.ToJsonString().ShouldContain("Upcoming events");
    }

    [Fact]
    public async Task The_Anthropic_messages_API_works_the_same_way()
    {
        await using var stub = await ModelStub.StartAsync();
        stub.Then(ModelStub.Anthropic("""{"allowed": true}"""))
            .Then(ModelStub.Anthropic(null, "snapshot", callId: "toolu_1"))
            .Then(ModelStub.Anthropic(null, "finish", new JsonObject { ["code"] = Scripts.EventsV1 }, callId: "toolu_2"));

        var (first, second) = await RunTwiceAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Ai:Provider"] = "Anthropic",
            ["WebTasks:Ai:Endpoint"] = stub.BaseUrl.ToString().TrimEnd('/'),
            ["WebTasks:Ai:ApiKey"] = "test-key",
            ["WebTasks:Ai:Models:haiku"] = "claude-test",
        });

        first["outcome"]!.GetValue<string>().ShouldBe("success", first.ToJsonString());
        second["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
        var requests = stub.Requests.ToList();
        requests.Count.ShouldBe(3);
        // The official SDK sends the key as x-api-key or as a bearer token, depending on its version; either way, it is sent.
        requests.ShouldAllBe(r => (r.Headers["x-api-key"].ToString() == "test-key" || r.Headers.Authorization.ToString() == "Bearer test-key") && r.Headers.ContainsKey("anthropic-version"));
        requests[1].Body["tools"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ShouldBe(["snapshot", "run_snippet", "finish"]);
        var last = requests[2].Body["messages"]!.AsArray().Last()!.ToJsonString();
        last.ShouldContain("tool_result");
        last.ShouldContain("toolu_1");
        last.ShouldContain("Upcoming events");
    }

    [Fact]
    public async Task Azure_OpenAI_is_called_on_the_tiers_deployment_with_its_api_key_header()
    {
        await using var stub = await ModelStub.StartAsync();
        stub.Then(ModelStub.OpenAi("""{"allowed": true}"""))
            .Then(ModelStub.OpenAi(null, "snapshot", callId: "call_1"))
            .Then(ModelStub.OpenAi(null, "finish", new JsonObject { ["code"] = Scripts.EventsV1 }, callId: "call_2"));

        var (first, second) = await RunTwiceAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Ai:Provider"] = "AzureOpenAI",
            ["WebTasks:Ai:Endpoint"] = stub.BaseUrl.ToString(),
            ["WebTasks:Ai:ApiKey"] = "azure-key",
            ["WebTasks:Ai:Models:haiku"] = "my-gpt-deployment",
        });

        first["outcome"]!.GetValue<string>().ShouldBe("success", first.ToJsonString());
        second["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
        var requests = stub.Requests.ToList();
        requests.Count.ShouldBe(3);
        requests.ShouldAllBe(r => r.PathAndQuery.StartsWith("/openai/deployments/my-gpt-deployment/chat/completions?api-version=", StringComparison.Ordinal));
        requests.ShouldAllBe(r => r.Headers["api-key"].ToString() == "azure-key" && !r.Headers.ContainsKey("Authorization"));
        requests[2].Body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "tool")!["tool_call_id"]!.GetValue<string>().ShouldBe("call_1");
    }

    private static async Task<(JsonObject First, JsonObject Second)> RunTwiceAsync(Dictionary<string, string?> settings)
    {
        await using var sites = await SiteServer.StartAsync();
        await using var service = await WebTasksService.StartAsync(settings);
        using var api = service.Api();
        var body = new JsonObject
        {
            ["task"] = "List the upcoming events with their title and date",
            ["startUrl"] = sites.Url("/events/"),
            ["reuseKey"] = "wire",
            ["model"] = "haiku",
            ["outputSchema"] = Scripts.EventsSchema(),
        };
        var first = await api.RunAsync(body);
        var second = await api.RunAsync((JsonObject)body.DeepClone());
        return (first, second);
    }
}
