using System.Text.Json.Nodes;
using WebTasks.Sites;

namespace WebTasks.Cli.Tests;

/// <summary>The webtasks command against the real service, as a separate process: output, progress and exit codes.</summary>
public sealed class WebTasksCliTests(CliFixture fixture) : IClassFixture<CliFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("webtasks-cli-").FullName;

    private string Schema()
    {
        var path = Path.Combine(_dir, "schema.json");
        File.WriteAllText(path, """
            { "type": "array", "items": { "type": "object", "required": ["name", "price", "rating"],
              "properties": { "name": { "type": "string" }, "price": { "type": "number" }, "rating": { "type": "number" } } } }
            """);
        return path;
    }

    private string[] ShopTask(string key) =>
        ["--task", "Extract every product with its name, price and rating", "--url", fixture.Sites.Url("/shop/page1.html"), "--schema", Schema(), "--key", key, "--model", "none", "--poll", "0.2"];

    [Fact]
    public async Task Run_prints_the_data_on_stdout_and_progress_and_reuse_on_stderr_and_json_for_scripts()
    {
        var first = await fixture.RunAsync(["run", .. ShopTask("cli-shop")]);
        var second = await fixture.RunAsync(["run", .. ShopTask("cli-shop"), "--json"]);

        first.ExitCode.ShouldBe(0, first.ToString());
        JsonNode.Parse(first.Out)!.AsArray().Count.ShouldBe(9);
        first.Err.ShouldContain("completed success");
        first.Err.ShouldContain("reuse: key=cli-shop used=false created=true");
        second.ExitCode.ShouldBe(0, second.ToString());
        var result = JsonNode.Parse(second.Out)!;
        result["outcome"]!.GetValue<string>().ShouldBe("success");
        result["reuse"]!["used"]!.GetValue<bool>().ShouldBeTrue();
        second.Err.ShouldBeEmpty();
    }

    [Fact]
    public async Task At_a_terminal_run_shows_live_progress_and_the_outcome()
    {
        var run = await fixture.RunInTerminalAsync(["run", .. ShopTask("cli-terminal")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("\u001b[", customMessage: "a terminal gets colour and cursor control");
        var text = System.Text.RegularExpressions.Regex.Replace(run.Out, @"\u001b(\[[0-9;?]*[A-Za-z]|[=>])", "");
        text.ShouldContain("web task wt_");
        text.ShouldMatch(@"(pending|started) · \d+\.\d s", "the live status with the time so far");
        text.ShouldContain("completed: success");
        text.ShouldContain("Aurora Desk Lamp");
    }

    [Fact]
    public async Task Failures_have_their_own_exit_codes_and_the_APIs_message()
    {
        var failed = await fixture.RunAsync("run", "--task", "List the staff", "--url", fixture.Sites.Url("/directory/"), "--model", "haiku", "--poll", "0.2");
        var refused = await fixture.RunAsync("start", "--task", "t", "--url", "ftp://example.com/");
        var unauthorized = await fixture.RunAsync("keys", "list", "--api-key", "wrong");
        var usage = await fixture.RunAsync("run", "--task", "t", "--schema", Path.Combine(_dir, "missing.json"));
        var unknown = await fixture.RunAsync("keys", "show", "no-such-key");

        failed.ExitCode.ShouldBe(1, failed.ToString());
        failed.Err.ShouldContain("failed (no-ai-credits-left)");
        refused.ExitCode.ShouldBe(3, refused.ToString());
        refused.Err.ShouldContain("bad-request");
        refused.Err.ShouldContain("startUrl");
        unauthorized.ExitCode.ShouldBe(3);
        unauthorized.Err.ShouldContain("unauthorized");
        usage.ExitCode.ShouldBe(2);
        usage.Err.ShouldContain("Could not read the schema");
        unknown.ExitCode.ShouldBe(3);
        unknown.Err.ShouldContain("No reuse key 'no-such-key'");
    }

    [Fact]
    public async Task Keys_can_be_put_listed_shown_rolled_back_and_a_trace_downloaded()
    {
        var script = Path.Combine(_dir, "directory.js");
        File.WriteAllText(script, "async function main({ page, params }) { await page.goto(params.startUrl); return await page.title(); }\n");
        var first = await fixture.RunAsync("keys", "put", "cli-keys", "--file", script, "--json");
        File.AppendAllText(script, "// second\n");
        await fixture.RunAsync("keys", "put", "cli-keys", "--file", script);
        var firstRevision = JsonNode.Parse(first.Out)!["revisionId"]!.GetValue<string>();

        var started = await fixture.RunAsync("start", "--task", "Title", "--url", fixture.Sites.Url("/directory/"), "--key", "cli-keys");
        var id = started.Out.Trim();
        id.ShouldStartWith("wt_");
        var trace = Path.Combine(_dir, "trace.zip");
        CliRun result;
        do
        {
            await Task.Delay(200);
            result = await fixture.RunAsync("result", id, "--json");
        }
        while (JsonNode.Parse(result.Out)!["status"]!.GetValue<string>() != "completed");

        (await fixture.RunAsync("keys", "code", "cli-keys")).Out.ShouldEndWith("// second\n");
        (await fixture.RunAsync("keys", "rollback", "cli-keys", "--to", firstRevision)).ExitCode.ShouldBe(0);
        (await fixture.RunAsync("keys", "code", "cli-keys")).Out.ShouldNotContain("// second");
        (await fixture.RunAsync("keys", "list")).Out.ShouldContain("cli-keys");
        (await fixture.RunAsync("keys", "show", "cli-keys")).Out.ShouldContain("author:    user");
        var revisions = await fixture.RunAsync("keys", "revisions", "cli-keys");
        revisions.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        revisions.Out.ShouldContain($"(restores {firstRevision})");
        var download = await fixture.RunAsync("trace", id, "-o", trace);
        download.ExitCode.ShouldBe(0, download.ToString());
        File.ReadAllBytes(trace)[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task Auth_record_captures_a_login_in_a_real_browser_and_the_session_runs_tasks_logged_in()
    {
        // A login the page does by itself (cookie and local storage, then on to the members), so no person is needed:
        // headless, finishing when the browser reaches the members page.
        var recorded = await fixture.RunAsync(
            "auth", "record", "--url", fixture.Sites.Url("/members/login"), "--until", "**/members/", "--headless", "--name", "cli-members", "--json");
        recorded.ExitCode.ShouldBe(0, recorded.ToString());
        var session = JsonNode.Parse(recorded.Out)!;
        var id = session["id"]!.GetValue<string>();
        session["name"]!.GetValue<string>().ShouldBe("cli-members");
        session["originCount"]!.GetValue<int>().ShouldBe(1, "the page's local storage was recorded");
        recorded.Out.ShouldNotContain(MembersArea.Token);

        var script = Path.Combine(_dir, "members.js");
        File.WriteAllText(script, "async function main({ page, params }) { await page.goto(params.startUrl); return await page.locator('#members td.name').allTextContents(); }\n");
        (await fixture.RunAsync("keys", "put", "cli-members", "--file", script)).ExitCode.ShouldBe(0);
        var run = await fixture.RunAsync("run", "--task", "members", "--url", fixture.Sites.Url("/members/"), "--key", "cli-members", "--auth", id);
        run.ExitCode.ShouldBe(0, run.ToString());
        JsonNode.Parse(run.Out)!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(MembersArea.Members);

        (await fixture.RunAsync("auth", "list")).Out.ShouldContain(id);
        (await fixture.RunAsync("auth", "delete", id)).ExitCode.ShouldBe(0);
        var refused = await fixture.RunAsync("run", "--task", "members", "--url", fixture.Sites.Url("/members/"), "--key", "cli-members", "--auth", id);
        refused.ExitCode.ShouldNotBe(0);
        refused.Err.ShouldContain(id);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
