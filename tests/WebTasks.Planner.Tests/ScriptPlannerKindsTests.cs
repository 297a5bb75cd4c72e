using System.Text.Json.Nodes;
using WebTasks.Sites;

namespace WebTasks.Planner.Tests;

/// <summary>What the corpus scores do not show: a planned search takes its values from the run's parameters.</summary>
public sealed class ScriptPlannerKindsTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public async Task A_planned_search_fills_the_form_from_the_parameters_of_each_run()
    {
        var site = CorpusSite.Get("store-finder");
        var startUrl = fixture.Runner.Sites.Url(site.StartPath);
        var plan = await fixture.Runner.Planner.PlanAsync(new PlanRequest(site.Task, startUrl, site.OutputSchema, null, site.Parameters), CancellationToken.None);

        var replay = await fixture.Runner.ReplayAsync(plan.Code!, startUrl, new JsonObject { ["postcode"] = "M1", ["radius"] = "5 miles" });

        plan.Kind.ShouldBe("list+search");
        plan.Code!.ShouldContain("\"param\": \"postcode\"");
        replay.Error.ShouldBeNull();
        replay.Value!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ShouldBe(["Manchester Arndale", "Salford Quays"]);
    }
}
