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

        var replay = await fixture.Runner.ReplayAsync(plan.Code.ShouldNotBeNull(plan.Declined), startUrl, new JsonObject { ["postcode"] = "M1", ["radius"] = "5 miles" });

        plan.Kind.ShouldBe("list+search");
        plan.Code.ShouldContain("\"param\": \"postcode\"");
        replay.Error.ShouldBeNull();
        replay.Value!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ShouldBe(["Manchester Arndale", "Salford Quays"]);
    }

    [Fact]
    public async Task Records_left_out_are_logged_with_the_field_each_lacks()
    {
        // One ad labels its rent "Monthly (córdoba)" beside "Monthly (dollar)": not the label the plan reads.
        var site = CorpusSite.Get("rentals-bzk");
        var startUrl = fixture.Runner.Sites.Url(site.StartPath);
        var plan = await fixture.Runner.Planner.PlanAsync(new PlanRequest(site.Task, startUrl, site.OutputSchema, null, site.Parameters), CancellationToken.None);

        var replay = await fixture.Runner.ReplayAsync(plan.Code.ShouldNotBeNull(plan.Declined), startUrl, site.Parameters);

        replay.Error.ShouldBeNull();
        replay.Logs.ShouldContain("Page 2: skipped 1 record(s) missing a required field (monthlyRentNio: 1).");
    }

    [Fact]
    public async Task A_select_filled_by_the_option_holding_the_value_picks_each_runs_option_by_the_same_rule()
    {
        var site = CorpusSite.Get("kino-search");
        var schema = JsonNode.Parse("""
            { "type": "array", "items": { "type": "object", "required": ["film", "time"],
              "properties": { "film": { "type": "string" }, "time": { "type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$" } } } }
            """)!.AsObject();
        var startUrl = fixture.Runner.Sites.Url(site.StartPath);
        var plan = await fixture.Runner.Planner.PlanAsync(new PlanRequest("List every screening: film and start time", startUrl, schema, null, site.Parameters), CancellationToken.None);

        var replay = await fixture.Runner.ReplayAsync(plan.Code.ShouldNotBeNull(plan.Declined), startUrl, new JsonObject { ["cinema"] = "Bonn", ["date"] = "2026-12-05" });
        var unknown = await fixture.Runner.ReplayAsync(plan.Code, startUrl, new JsonObject { ["cinema"] = "Essen", ["date"] = "2026-12-05" });

        plan.Code.ShouldContain("\"by\": \"words\"");
        replay.Error.ShouldBeNull();
        replay.Value!.AsArray().Select(r => r!["film"]!.GetValue<string>()).ShouldBe(["Perfect Days", "Anora"]);
        unknown.Error.ShouldNotBeNull().Message.ShouldContain("No single option of #k holds \"Essen\"");
    }
}
