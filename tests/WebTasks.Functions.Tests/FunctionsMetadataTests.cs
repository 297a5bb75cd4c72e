using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Pipeline;
using WebTasks.Testing;

namespace WebTasks.Functions.Tests;

/// <summary>The published Functions app serves the self-host's API route for route and runs the same durable functions.</summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public async Task Every_route_of_the_self_host_is_an_http_trigger_with_the_same_method()
    {
        await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Pipeline:RunWorkers"] = "false" });
        var selfHost = service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .Select(e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()} {e.RoutePattern.RawText!.TrimStart('/')}")
            .Order().ToList();

        var functions = PublishedApp.Triggers.Values.Where(t => t["type"]!.GetValue<string>() == "httpTrigger" && t["route"]!.GetValue<string>().StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(t => t["methods"]!.AsArray().Select(m => $"{m!.GetValue<string>().ToUpperInvariant()} {t["route"]!.GetValue<string>()}"))
            .Order().ToList();

        selfHost.Count.ShouldBe(17);
        functions.ShouldBe(selfHost);
    }

    [Theory]
    [InlineData("openapi/v1.json")]
    [InlineData("healthz")]
    public void The_document_and_the_health_probe_are_served_too(string route) =>
        PublishedApp.Triggers.Values.ShouldContain(t => t["type"]!.GetValue<string>() == "httpTrigger" && t["route"]!.GetValue<string>() == route);

    [Theory]
    [InlineData("{root:maxlength(0)?}")]
    [InlineData("dashboard/{file}")]
    [InlineData("trace-viewer/{*path}")]
    public void The_dashboard_and_the_trace_viewer_are_served_too(string route)
    {
        PublishedApp.Triggers.Values.ShouldContain(t => t["type"]!.GetValue<string>() == "httpTrigger" && t["route"]!.GetValue<string>() == route);
        File.Exists(Path.Combine(PublishedApp.Folder, ".playwright", "package", "lib", "vite", "traceViewer", "index.html")).ShouldBeTrue("the trace viewer ships with the app");
    }

    [Fact]
    public void The_durable_functions_are_exactly_the_ones_the_self_host_registers_each_with_its_trigger()
    {
        var durable = PublishedApp.Triggers
            .Where(t => t.Value["type"]!.GetValue<string>() is "orchestrationTrigger" or "activityTrigger" or "entityTrigger")
            .ToDictionary(t => t.Key, t => t.Value["type"]!.GetValue<string>());

        durable.ShouldBe(DurableFunctions.All.ToDictionary(f => f.Name, f => f.Kind switch
        {
            DurableKind.Orchestrator => "orchestrationTrigger",
            DurableKind.Activity => "activityTrigger",
            _ => "entityTrigger",
        }), ignoreOrder: true);
    }

    [Fact]
    public void Ended_runs_are_swept_on_a_timer_with_a_durable_client()
    {
        var sweep = PublishedApp.Functions.Single(f => f!["name"]!.GetValue<string>() == "SweepEndedRuns")!["bindings"]!.AsArray();

        sweep.ShouldContain(b => b!["type"]!.GetValue<string>() == "timerTrigger");
        sweep.ShouldContain(b => b!["type"]!.GetValue<string>() == "durableClient");
    }

    [Fact]
    public void Routes_start_at_the_root_and_the_task_hub_comes_from_settings()
    {
        PublishedApp.HostJson["extensions"]!["http"]!["routePrefix"]!.GetValue<string>().ShouldBe("");
        PublishedApp.HostJson["extensions"]!["durableTask"]!["hubName"]!.GetValue<string>().ShouldBe("%WEBTASKS_TASKHUB%");
    }
}
