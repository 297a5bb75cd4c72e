using System.Net;
using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// model "none" on keys without code: the built-in planner writes the script, which is verified, saved as a
/// planner revision and replayed by later runs; after a site change it is planned again (or left alone).
/// </summary>
public sealed class PlannerRunTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private WebTasksApi Api => fixture.Api;

    [Fact]
    public async Task First_run_plans_and_saves_the_script_and_the_second_replays_it_with_no_model()
    {
        var body = new JsonObject
        {
            ["task"] = "Extract every product with its name, price and rating",
            ["startUrl"] = fixture.Sites.Url("/shop/page1.html"),
            ["reuseKey"] = "planned-shop",
            ["model"] = "none",
            ["outputSchema"] = Scripts.ShopSchema(),
        };
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "shop", "expected.json")))!;

        var first = await Api.RunAsync(body);

        first["outcome"]!.GetValue<string>().ShouldBe("success", first.ToJsonString());
        JsonNode.DeepEquals(first["result"]!["data"]!["products"], expected).ShouldBeTrue(first["result"]!.ToJsonString());
        first["reuse"]!["created"]!.GetValue<bool>().ShouldBeTrue();
        first["reuse"]!["updated"]!.GetValue<bool>().ShouldBeTrue("a first run that saves reports updated: true, as documented");
        first["reuse"]!["used"]!.GetValue<bool>().ShouldBeFalse();
        first["cost"]!["aiUsd"]!.GetValue<decimal>().ShouldBe(0m);
        var key = await Api.GetJsonAsync("reuse-keys/planned-shop");
        key["author"]!.GetValue<string>().ShouldBe("planner");
        key["revisionId"]!.GetValue<string>().ShouldBe(first["reuse"]!["revision_id"]!.GetValue<string>());
        first["reuse"]!["revision_id"]!.GetValue<string>().ShouldBe(first["webTaskId"]!.GetValue<string>(), "revision_id names the run whose code is saved");
        key["code"]!.GetValue<string>().ShouldContain("async function main");
        key["code"]!.GetValue<string>().ShouldContain("article.product-card");

        var second = await Api.RunAsync((JsonObject)body.DeepClone());

        second["outcome"]!.GetValue<string>().ShouldBe("success", second.ToJsonString());
        JsonNode.DeepEquals(second["result"]!["data"]!["products"], expected).ShouldBeTrue();
        second["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
        second["reuse"]!["created"]!.GetValue<bool>().ShouldBeFalse();
        second["reuse"]!["updated"]!.GetValue<bool>().ShouldBeFalse();
        second["reuse"]!["revision_id"]!.GetValue<string>().ShouldBe(first["reuse"]!["revision_id"]!.GetValue<string>());
        (await Api.GetJsonAsync("reuse-keys/planned-shop/revisions"))["revisions"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task When_the_site_changes_the_planner_plans_again_and_when_it_cannot_the_code_stays()
    {
        fixture.Sites.EventsVersion = "v1";
        var body = new JsonObject
        {
            ["task"] = "List the events with title and date",
            ["startUrl"] = fixture.Sites.Url("/events/"),
            ["reuseKey"] = "planned-events",
            ["model"] = "none",
            ["outputSchema"] = Scripts.EventsSchema(),
        };
        try
        {
            var first = await Api.RunAsync(body);
            first["reuse"]!["created"]!.GetValue<bool>().ShouldBeTrue(first.ToJsonString());

            // v2 turns the table into cards: the saved script finds no rows, so the planner plans again.
            fixture.Sites.EventsVersion = "v2";
            var second = await Api.RunAsync((JsonObject)body.DeepClone());

            second["outcome"]!.GetValue<string>().ShouldBe("success", second.ToJsonString());
            JsonNode.DeepEquals(second["result"]!["data"], first["result"]!["data"]).ShouldBeTrue(second.ToJsonString());
            second["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
            second["reuse"]!["updated"]!.GetValue<bool>().ShouldBeTrue();
            var replanned = second["reuse"]!["revision_id"]!.GetValue<string>();
            replanned.ShouldNotBe(first["reuse"]!["revision_id"]!.GetValue<string>());

            // v3 has no events at all: the script fails, planning again declines, and the v2 script stays current.
            fixture.Sites.EventsVersion = "v3";
            var third = await Api.RunAsync((JsonObject)body.DeepClone());

            third["outcome"]!.GetValue<string>().ShouldBe("failed");
            third["error"]!["code"]!.GetValue<string>().ShouldBe("rejected");
            third["error"]!["message"]!.GetValue<string>().ShouldContain("Planning again did not work either");
            third["error"]!["message"]!.GetValue<string>().ShouldContain("left unchanged");
            third["reuse"]!["updated"]!.GetValue<bool>().ShouldBeFalse();
            (await Api.GetJsonAsync("reuse-keys/planned-events"))["revisionId"]!.GetValue<string>().ShouldBe(replanned);
            (await Api.GetJsonAsync("reuse-keys/planned-events/revisions"))["revisions"]!.AsArray().Count.ShouldBe(2);
        }
        finally
        {
            fixture.Sites.EventsVersion = "v1";
        }
    }

    [Fact]
    public async Task An_ambiguous_page_is_declined_with_both_structures_named_and_nothing_is_saved()
    {
        var site = CorpusSite.Get("twin-tables");

        var result = await Api.RunAsync(new JsonObject
        {
            ["task"] = site.Task,
            ["startUrl"] = fixture.Sites.Url(site.StartPath),
            ["reuseKey"] = "planned-twins",
            ["model"] = "none",
            ["outputSchema"] = site.OutputSchema.DeepClone(),
        });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        result["error"]!["code"]!.GetValue<string>().ShouldBe("rejected");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("#new-arrivals");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("#clearance");
        result["reuse"]!["created"]!.GetValue<bool>().ShouldBeFalse();
        (await Api.SendAsync(HttpMethod.Get, "reuse-keys/planned-twins")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_an_output_schema_the_planner_says_what_it_needs()
    {
        var result = await Api.RunAsync(new JsonObject { ["task"] = "List the staff", ["startUrl"] = fixture.Sites.Url("/directory/"), ["model"] = "none" });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        result["error"]!["code"]!.GetValue<string>().ShouldBe("rejected");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("needs an outputSchema");
    }
}
