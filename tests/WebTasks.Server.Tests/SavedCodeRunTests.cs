using System.Text.Json;
using System.Text.Json.Nodes;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>Runs on saved code through the HTTP API, against real Chromium, Azurite and the local sites.</summary>
public sealed class SavedCodeRunTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private WebTasksApi Api => fixture.Api;

    [Fact]
    public async Task A_saved_script_runs_with_no_model_and_reports_reuse_cost_and_timings()
    {
        var saved = await Api.PutCodeAsync("shop", Scripts.Shop);
        var result = await Api.RunAsync(new JsonObject
        {
            ["task"] = "Extract every product with its name, price and rating",
            ["startUrl"] = fixture.Sites.Url("/shop/page1.html"),
            ["reuseKey"] = "shop",
            ["outputSchema"] = Scripts.ShopSchema(),
        });

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "shop", "expected.json")))!;
        JsonNode.DeepEquals(result["result"]!["data"]!["products"], expected).ShouldBeTrue(result["result"]!.ToJsonString());

        var reuse = result["reuse"]!;
        reuse["key"]!.GetValue<string>().ShouldBe("shop");
        reuse["used"]!.GetValue<bool>().ShouldBeTrue();
        reuse["created"]!.GetValue<bool>().ShouldBeFalse();
        reuse["updated"]!.GetValue<bool>().ShouldBeFalse();
        reuse["revision_id"]!.GetValue<string>().ShouldBe(saved["revisionId"]!.GetValue<string>());
        reuse["revision_timestamp"].ShouldNotBeNull();

        result["cost"]!["aiUsd"]!.GetValue<decimal>().ShouldBe(0m);
        result["cost"]!["compute"]!["unit"]!.GetValue<string>().ShouldBe("hours");
        result["cost"]!["compute"]!["amount"]!.GetValue<double>().ShouldBeGreaterThan(0);

        var timings = result["timings"]!;
        var created = timings["createdAt"]!.GetValue<DateTimeOffset>();
        var started = timings["startedAt"]!.GetValue<DateTimeOffset>();
        var completed = timings["completedAt"]!.GetValue<DateTimeOffset>();
        created.ShouldBeLessThanOrEqualTo(started);
        started.ShouldBeLessThan(completed);
        ((double)timings["durationMs"]!.GetValue<long>()).ShouldBe((completed - started).TotalMilliseconds, 2.0);
        timings["createdAt"]!.GetValue<string>().ShouldEndWith("+00:00");
    }

    [Fact]
    public async Task Status_is_pending_at_start_and_the_start_answer_is_immediate()
    {
        using var response = await Api.SendAsync(HttpMethod.Post, "web-tasks/start", new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/slow?ms=50") }.ToJsonString());
        var json = await WebTasksApi.ReadAsync(response);
        json["status"]!.GetValue<string>().ShouldBe("pending");
        json["webTaskId"]!.GetValue<string>().ShouldStartWith("wt_");
        await Api.WaitAsync(json["webTaskId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_waiting_result_read_answers_when_the_run_completes_not_when_the_wait_ends()
    {
        await Api.PutCodeAsync("wait-slow", """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              return { body: await page.textContent('body') };
            }
            """);
        var id = await Api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/slow?ms=3000"), ["reuseKey"] = "wait-slow" });

        var unfinished = await Api.ResultAsync(id, waitSeconds: 1);
        unfinished["status"]!.GetValue<string>().ShouldNotBe("completed", "the page alone takes 3 s");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await Api.ResultAsync(id, waitSeconds: 60);
        result["status"]!.GetValue<string>().ShouldBe("completed");
        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(45), "the read ends with the run, long before its 60 s");
    }

    [Fact]
    public async Task Without_a_reuse_key_the_server_mints_one_and_without_code_it_fails_clearly()
    {
        var result = await Api.RunAsync(new JsonObject { ["task"] = "List the staff", ["startUrl"] = fixture.Sites.Url("/directory/"), ["model"] = "haiku" });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        result["error"]!["code"]!.GetValue<string>().ShouldBe("no-ai-credits-left");
        result["error"]!["message"]!.GetValue<string>().ShouldContain("no model is configured");
        var key = result["reuse"]!["key"]!.GetValue<string>();
        key.ShouldStartWith("wtr_");
        result["reuse"]!["used"]!.GetValue<bool>().ShouldBeFalse();
        result["result"].ShouldBeNull();
        (await Api.SendAsync(HttpMethod.Get, $"reuse-keys/{key}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_script_error_fails_the_run_with_its_line_and_leaves_the_code_alone()
    {
        var saved = await Api.PutCodeAsync("throws", """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              const missing = await page.textContent('#no-such-thing', { timeout: 300 });
              return missing;
            }
            """);
        var result = await Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "throws", ["model"] = "none" });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        var message = result["error"]!["message"]!.GetValue<string>();
        message.ShouldContain("line 3");
        message.ShouldContain("#no-such-thing");
        message.ShouldContain("left unchanged");
        result["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
        result["reuse"]!["updated"]!.GetValue<bool>().ShouldBeFalse();
        (await Api.GetJsonAsync("reuse-keys/throws"))["revisionId"]!.GetValue<string>().ShouldBe(saved["revisionId"]!.GetValue<string>());
        (await Api.GetJsonAsync("reuse-keys/throws/revisions"))["revisions"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Output_that_breaks_the_schema_fails_with_the_validation_errors()
    {
        await Api.PutCodeAsync("bad-shape", """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              return { products: [{ name: 'x', price: 'free', rating: 9 }] };
            }
            """);
        var result = await Api.RunAsync(new JsonObject
        {
            ["task"] = "t",
            ["startUrl"] = fixture.Sites.Url("/shop/page1.html"),
            ["reuseKey"] = "bad-shape",
            ["outputSchema"] = Scripts.ShopSchema(),
        });

        result["outcome"]!.GetValue<string>().ShouldBe("failed");
        var message = result["error"]!["message"]!.GetValue<string>();
        message.ShouldContain("does not match outputSchema");
        message.ShouldContain("#/products/0/price: Value is \"string\" but should be \"number\"");
        message.ShouldContain("#/products/0/rating");
    }

    [Fact]
    public async Task When_the_site_changes_the_saved_script_fails_and_stays_as_it_was()
    {
        fixture.Sites.EventsVersion = "v1";
        var saved = await Api.PutCodeAsync("events", Scripts.EventsV1, Scripts.EventsSchema());
        var body = new JsonObject { ["task"] = "List the events", ["startUrl"] = fixture.Sites.Url("/events/"), ["reuseKey"] = "events", ["model"] = "none" };

        var first = await Api.RunAsync(body);
        first["outcome"]!.GetValue<string>().ShouldBe("success", first.ToJsonString());
        first["result"]!["data"]!.AsArray().Count.ShouldBe(3);

        fixture.Sites.EventsVersion = "v2";
        var second = await Api.RunAsync((JsonObject)body.DeepClone());
        fixture.Sites.EventsVersion = "v1";

        // v2 has no table: the script returns [] and the saved schema (minItems 1) rejects it.
        second["outcome"]!.GetValue<string>().ShouldBe("failed");
        second["error"]!["message"]!.GetValue<string>().ShouldContain("does not match outputSchema");
        (await Api.GetJsonAsync("reuse-keys/events"))["revisionId"]!.GetValue<string>().ShouldBe(saved["revisionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_multi_page_form_is_filled_from_parameters()
    {
        await Api.PutCodeAsync("register", """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              await page.fill('#name', params.name);
              await page.type('#email', params.email);
              await page.click('#next');
              await page.waitForURL('**/step2.html**');
              await page.selectOption('#plan', params.plan);
              await page.check('#terms');
              await page.click('#finish');
              await page.waitForSelector('#status');
              return {
                status: await page.innerText('#status'),
                plan: await page.locator('#s-plan').textContent(),
                reference: await page.$eval('#summary', (el, prefix) => prefix + el.dataset.reference, 'ref:'),
              };
            }
            """);
        var result = await Api.RunAsync(new JsonObject
        {
            ["task"] = "Register with the given details",
            ["startUrl"] = fixture.Sites.Url("/form/"),
            ["reuseKey"] = "register",
            ["parameters"] = new JsonObject { ["name"] = "Ada Lovelace", ["email"] = "ada@example.test", ["plan"] = "team" },
        });

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        var data = result["result"]!["data"]!;
        data["status"]!.GetValue<string>().ShouldBe("Registration complete");
        data["plan"]!.GetValue<string>().ShouldBe("team");
        data["reference"]!.GetValue<string>().ShouldBe("ref:REG-16-team");
    }

    [Fact]
    public async Task A_download_becomes_an_attachment_with_a_working_link()
    {
        await Api.PutCodeAsync("reports", """
            async function main({ page, params, files }) {
              await page.goto(params.startUrl);
              const report = await files.download('#q3');
              const summary = await files.download(() => page.click('#generate'));
              return { report, summary };
            }
            """);
        var schema = JsonNode.Parse("""{ "type": "object", "required": ["report", "summary"], "properties": { "report": { "type": "attachment" }, "summary": { "type": "attachment" } } }""")!.AsObject();
        var result = await Api.RunAsync(new JsonObject { ["task"] = "Download the Q3 report", ["startUrl"] = fixture.Sites.Url("/downloads/"), ["reuseKey"] = "reports", ["outputSchema"] = schema });

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        var report = result["result"]!["data"]!["report"]!;
        report["type"]!.GetValue<string>().ShouldBe("attachment");
        report["fileName"]!.GetValue<string>().ShouldBe("q3-report.csv");
        report["contentType"]!.GetValue<string>().ShouldBe("text/csv");
        report["path"].ShouldBeNull();
        var expected = await File.ReadAllTextAsync(Path.Combine(SiteServer.SitesFolder(), "downloads", "q3-report.csv"));
        report["sizeBytes"]!.GetValue<long>().ShouldBe(expected.Length);
        using var http = new HttpClient();
        (await http.GetStringAsync(report["url"]!.GetValue<string>())).ShouldBe(expected);
        var summary = result["result"]!["data"]!["summary"]!;
        (await http.GetStringAsync(summary["url"]!.GetValue<string>())).ShouldContain("Q3,1250000");
    }

    [Fact]
    public async Task A_script_cannot_have_another_workspaces_trace_or_code_signed_as_its_attachment()
    {
        using var other = fixture.Service.Api(WebTasksService.OtherWorkspace, WebTasksService.OtherApiKey);
        var revision = (await other.PutCodeAsync("private", Scripts.Wait(1)))["revisionId"]!.GetValue<string>();
        var victim = await other.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "private" });
        victim["outcome"]!.GetValue<string>().ShouldBe("success", victim.ToJsonString());
        var prefix = fixture.Service.StoragePrefix;
        await Api.PutCodeAsync("thief", $$"""
            async function main({ page, params, files }) {
              await page.goto(params.startUrl);
              const own = await files.download('#q3');
              return {
                own,
                trace: { type: 'attachment', fileName: 'trace.zip', path: '../{{prefix}}traces/{{WebTasksService.OtherWorkspace}}/{{victim["webTaskId"]}}.zip' },
                code: { type: 'attachment', fileName: 'code.js', path: '../{{prefix}}bundles/{{WebTasksService.OtherWorkspace}}/private/{{revision}}.js' },
              };
            }
            """);

        var result = await Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/downloads/"), ["reuseKey"] = "thief" });

        result["outcome"]!.GetValue<string>().ShouldBe("failed", result.ToJsonString());
        result["error"]!["message"]!.GetValue<string>().ShouldContain("files.download did not produce");
        result.ToJsonString().ShouldNotContain("sig=");
    }

    [Fact]
    public async Task A_large_result_comes_as_a_file_with_a_signed_link_and_a_preview()
    {
        await Api.PutCodeAsync("big", """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              return await page.$$eval('#big tr', rows => rows.map(r => ({ name: r.cells[0].textContent, price: Number(r.cells[1].textContent), note: r.cells[2].textContent })));
            }
            """);
        var result = await Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/big?rows=2000"), ["reuseKey"] = "big" });

        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        result["result"]!["data"].ShouldBeNull();
        var file = result["result"]!["file"]!;
        file["preview"]!["rowCount"]!.GetValue<int>().ShouldBe(2000);
        file["preview"]!["sample"]!.AsArray().Count.ShouldBe(3);
        file["preview"]!["sample"]![0]!["name"]!.GetValue<string>().ShouldBe("Item 1");
        var completed = result["timings"]!["completedAt"]!.GetValue<DateTimeOffset>();
        var expires = file["expiresAt"]!.GetValue<DateTimeOffset>();
        expires.ShouldBe(completed.AddDays(7), TimeSpan.FromSeconds(1));

        var url = file["url"]!.GetValue<string>();
        url.ShouldContain("sig=");
        Uri.UnescapeDataString(new Uri(url).Query).ShouldContain("sp=r");
        SignedExpiry(url).ShouldBe(completed.AddDays(7), TimeSpan.FromSeconds(1), "the signature itself (se=) ends 7 days after completion");
        using var http = new HttpClient();
        var downloaded = await http.GetByteArrayAsync(url);
        downloaded.LongLength.ShouldBe(file["sizeBytes"]!.GetValue<long>());
        JsonDocument.Parse(downloaded).RootElement.GetArrayLength().ShouldBe(2000);

        // The link is minted again at every read, and still ends when the first one does.
        var again = await Api.ResultAsync(result["webTaskId"]!.GetValue<string>());
        SignedExpiry(again["result"]!["file"]!["url"]!.GetValue<string>()).ShouldBe(completed.AddDays(7), TimeSpan.FromSeconds(1));
    }

    private static DateTimeOffset SignedExpiry(string url)
    {
        var se = new Uri(url).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == "se")[1];
        return DateTimeOffset.Parse(Uri.UnescapeDataString(se), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Traces_are_kept_for_failed_runs_and_not_recorded_for_steady_state_successes()
    {
        await Api.PutCodeAsync("traced", Scripts.Wait(1));
        var succeeded = await Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "traced" });
        await Api.PutCodeAsync("traced-broken", "async function main({ page, params }) { await page.goto(params.startUrl); await page.click('#not-there', { timeout: 500 }); }");
        var failed = await Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "traced-broken" });
        failed["outcome"]!.GetValue<string>().ShouldBe("failed");

        using var kept = await Api.SendAsync(HttpMethod.Get, $"web-tasks/{failed["webTaskId"]}/trace");
        kept.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        kept.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        var bytes = await kept.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeGreaterThan(100);
        bytes[0].ShouldBe((byte)'P');
        bytes[1].ShouldBe((byte)'K');

        using var none = await Api.SendAsync(HttpMethod.Get, $"web-tasks/{succeeded["webTaskId"]}/trace");
        none.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await WebTasksApi.ReadAsync(none))["message"]!.GetValue<string>().ShouldContain("retain-on-failure");
    }
}
