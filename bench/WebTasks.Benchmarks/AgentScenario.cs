using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Agent.Chat;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Benchmarks;

/// <summary>
/// Model calls, tokens and cost per run kind (first run, steady state, repair) for a scripted scenario on the
/// events site: what a key costs over its life. The model is scripted (no model runs here); the browser, sandbox,
/// storage and pipeline are real.
/// </summary>
internal static class AgentScenario
{
    private static readonly string EventsV1 = File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "changing", "extract-v1.js"));
    private static readonly string EventsV2 = File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "changing", "extract-v2.js"));

    public static async Task PrintAsync()
    {
        var model = new ScriptedChatClient { Usage = new() { InputTokenCount = 3000, OutputTokenCount = 400 } };
        await using var sites = await SiteServer.StartAsync();
        await using var service = await WebTasksService.StartAsync(
            new Dictionary<string, string?> { ["WebTasks:Ai:Prices:scripted-haiku:Input"] = "1", ["WebTasks:Ai:Prices:scripted-haiku:Output"] = "5", ["WebTasks:Browser:Trace"] = "off" },
            services: s => s.AddSingleton<IChatModels>(new ScriptedChatModels(model)));
        using var api = service.Api();
        var body = new JsonObject
        {
            ["task"] = "List the upcoming events with their title and date",
            ["startUrl"] = sites.Url("/events/"),
            ["reuseKey"] = "bench-agent",
            ["model"] = "haiku",
            ["outputSchema"] = JsonNode.Parse("""{ "type": "array", "minItems": 1, "items": { "type": "object", "required": ["title", "date"] } }"""),
        };

        Console.WriteLine("Agent (scripted model: 3000 input + 400 output tokens per call, $1/$5 per million), events site");
        Console.WriteLine($"  {"run kind",-14} {"outcome",-8} {"calls",5} {"tokens",8} {"aiUsd",9} {"ms",7}");
        sites.EventsVersion = "v1";
        model.ThenText("""{ "allowed": true }""").ThenCall("snapshot")
            .ThenCall("run_snippet", new { code = "return await page.$$eval('tr.event', r => r.length);" })
            .ThenCall("finish", new { code = EventsV1 });
        await MeasureAsync("first", api, body, model);
        await MeasureAsync("steady state", api, body, model);
        sites.EventsVersion = "v2";
        model.ThenCall("snapshot").ThenCall("finish", new { code = EventsV2 });
        await MeasureAsync("repair", api, body, model);
        await MeasureAsync("steady state", api, body, model);
        sites.EventsVersion = "v1";
    }

    private static async Task MeasureAsync(string kind, WebTasksApi api, JsonObject body, ScriptedChatClient model)
    {
        var calls = model.Calls.Count;
        var clock = Stopwatch.StartNew();
        var result = await api.RunAsync((JsonObject)body.DeepClone());
        var made = model.Calls.Count - calls;
        Console.WriteLine($"  {kind,-14} {result["outcome"],-8} {made,5} {made * 3400,8} {result["cost"]!["aiUsd"],9} {clock.ElapsedMilliseconds,7}");
    }
}
