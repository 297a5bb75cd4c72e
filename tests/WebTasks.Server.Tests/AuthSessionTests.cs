using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// Auth sessions end to end against a site behind a login: a captured storage state runs the task logged in (cookies
/// and local storage), an expired one fails <c>unauthenticated</c> with a clear message, the site's renewed cookies are
/// saved back, nothing of the session is in any answer, the table or the trace, and one workspace cannot use another's.
/// </summary>
public sealed class AuthSessionTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private const string MembersScript = """
        async function main({ page, params }) {
          await page.goto(params.startUrl);
          const names = await page.locator('#members td.name').allTextContents();
          const pref = await page.evaluate(() => localStorage.getItem('pref'));
          return { members: names.map(name => ({ name })), pref };
        }
        """;

    private WebTasksApi Api => fixture.Api;

    private string Origin => fixture.Sites.BaseUrl.GetLeftPart(UriPartial.Authority);

    private JsonObject StorageState(string token, params (string Name, string Value)[] extraCookies)
    {
        var cookies = new JsonArray(Cookie("member", token));
        foreach (var (name, value) in extraCookies)
        {
            cookies.Add(Cookie(name, value));
        }

        return new JsonObject
        {
            ["cookies"] = cookies,
            ["origins"] = new JsonArray(new JsonObject
            {
                ["origin"] = Origin,
                ["localStorage"] = new JsonArray(new JsonObject { ["name"] = "pref", ["value"] = MembersArea.StoredPreference }),
            }),
        };
    }

    private static JsonObject Cookie(string name, string value) => new()
    {
        ["name"] = name, ["value"] = value, ["domain"] = "127.0.0.1", ["path"] = "/",
        ["expires"] = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds(), ["httpOnly"] = true, ["secure"] = false, ["sameSite"] = "Lax",
    };

    private async Task<JsonObject> CaptureAsync(JsonObject state, bool refresh = true, WebTasksApi? api = null)
    {
        using var response = await (api ?? Api).SendAsync(HttpMethod.Post, "auth-sessions", new JsonObject { ["storageState"] = state, ["name"] = "members", ["refresh"] = refresh }.ToJsonString());
        var body = await WebTasksApi.ReadAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    private async Task<JsonObject> RunMembersAsync(string key, string? auth)
    {
        var body = new JsonObject { ["task"] = "list the members", ["startUrl"] = fixture.Sites.Url("/members/"), ["reuseKey"] = key };
        if (auth is not null)
        {
            body["auth"] = auth;
        }

        return await Api.RunAsync(body);
    }

    [Fact]
    public async Task A_captured_session_runs_the_task_logged_in_and_is_never_shown_stored_in_clear_or_traced()
    {
        await Api.PutCodeAsync("members", MembersScript);
        var session = await CaptureAsync(StorageState(MembersArea.Token));
        var id = session["id"]!.GetValue<string>();
        id.ShouldStartWith("wta_");
        session["cookieCount"]!.GetValue<int>().ShouldBe(1);
        session["originCount"]!.GetValue<int>().ShouldBe(1);
        session["domains"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["127.0.0.1"]);

        var run = await RunMembersAsync("members", id);

        run["outcome"]!.GetValue<string>().ShouldBe("success", run.ToJsonString());
        run["result"]!["data"]!["members"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).ShouldBe(MembersArea.Members);
        run["result"]!["data"]!["pref"]!.GetValue<string>().ShouldBe(MembersArea.StoredPreference, "local storage is part of the session");

        var without = await RunMembersAsync("members", auth: null);
        without["result"]!["data"]!["members"]!.AsArray().Count.ShouldBe(0, "control: the same script without the session sees the login form");

        // Nothing of the session in what the API answers about it.
        var answers = new[]
        {
            session.ToJsonString(), run.ToJsonString(),
            (await Api.GetJsonAsync($"auth-sessions/{id}")).ToJsonString(), (await Api.GetJsonAsync("auth-sessions")).ToJsonString(),
        };
        foreach (var answer in answers)
        {
            answer.ShouldNotContain(MembersArea.Token);
        }

        // At rest the state is encrypted: no column of the row holds the cookie or the stored value.
        var table = new TableClient(fixture.Service.ConnectionString, fixture.Service.StoragePrefix + "authsessions");
        var row = (await table.GetEntityAsync<TableEntity>(WebTasksService.Workspace, id)).Value;
        var columns = string.Join("\n", row.Select(c => c.Value?.ToString()));
        columns.ShouldContain("members", Case.Sensitive, "control: the row was read");
        columns.ShouldNotContain(MembersArea.Token);
        columns.ShouldNotContain(MembersArea.StoredPreference);

        // The trace of a logged-in run holds neither the cookie nor the stored value, in any entry.
        await Api.PutCodeAsync("members-failing", MembersScript.Replace("return {", "throw new Error('after reading'); return {", StringComparison.Ordinal));
        var traced = await RunMembersAsync("members-failing", id);
        traced["outcome"]!.GetValue<string>().ShouldBe("failed");
        var entries = await TraceEntriesAsync(traced["webTaskId"]!.GetValue<string>());
        string.Concat(entries.Values).ShouldContain("/members/", Case.Sensitive, "control: the trace recorded the members page");
        foreach (var (name, text) in entries)
        {
            text.ShouldNotContain(MembersArea.Token, Case.Sensitive, name);
            text.ShouldNotContain(MembersArea.StoredPreference, Case.Sensitive, name);
        }
    }

    [Fact]
    public async Task An_expired_session_fails_unauthenticated_with_a_clear_message()
    {
        await Api.PutCodeAsync("members-expired", MembersScript);
        var stale = await CaptureAsync(StorageState("mbr-expired-000000000"));

        var run = await RunMembersAsync("members-expired", stale["id"]!.GetValue<string>());

        run["outcome"]!.GetValue<string>().ShouldBe("failed", run.ToJsonString());
        run["error"]!["code"]!.GetValue<string>().ShouldBe("unauthenticated");
        var message = run["error"]!["message"]!.GetValue<string>();
        message.ShouldContain(stale["id"]!.GetValue<string>());
        message.ShouldContain("login form");
        message.ShouldContain("/members/");
    }

    [Fact]
    public async Task Cookies_the_site_renews_are_saved_back_unless_the_session_opts_out()
    {
        const string VisitsScript = """
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              const visits = await page.evaluate(() => (document.cookie.match(/visits=(\d+)/) || [])[1] || null);
              return { visits };
            }
            """;
        await Api.PutCodeAsync("visits", VisitsScript);
        var refreshing = (await CaptureAsync(StorageState(MembersArea.Token), refresh: true))["id"]!.GetValue<string>();
        var pinned = (await CaptureAsync(StorageState(MembersArea.Token), refresh: false))["id"]!.GetValue<string>();

        async Task<string?> VisitsAsync(string auth) => (await RunMembersAsync("visits", auth))["result"]!["data"]!["visits"]?.GetValue<string>();

        (await VisitsAsync(refreshing)).ShouldBe("1");
        (await VisitsAsync(refreshing)).ShouldBe("2", "the visits cookie set by the first run was saved into the session");
        (await VisitsAsync(refreshing)).ShouldBe("3");
        (await VisitsAsync(pinned)).ShouldBe("1");
        (await VisitsAsync(pinned)).ShouldBe("1", "refresh: false keeps the session as captured");
        (await Api.GetJsonAsync($"auth-sessions/{refreshing}"))["cookieCount"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_deleted_and_other_workspaces_sessions_are_refused_at_start_naming_the_id()
    {
        var id = (await CaptureAsync(StorageState(MembersArea.Token)))["id"]!.GetValue<string>();
        using var other = fixture.Service.Api(WebTasksService.OtherWorkspace, WebTasksService.OtherApiKey);

        async Task RefusedAsync(WebTasksApi api, string auth)
        {
            using var response = await api.SendAsync(HttpMethod.Post, "web-tasks/start", new JsonObject { ["task"] = "t", ["auth"] = auth }.ToJsonString());
            var body = await WebTasksApi.ReadAsync(response);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body.ToJsonString());
            body["message"]!.GetValue<string>().ShouldContain(auth);
        }

        await RefusedAsync(other, id);
        (await other.SendAsync(HttpMethod.Get, $"auth-sessions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.SendAsync(HttpMethod.Delete, $"auth-sessions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await RefusedAsync(Api, "wta_0123456789abcdef0123456789abcdef");
        await RefusedAsync(Api, "wta_not-an-id");

        (await Api.SendAsync(HttpMethod.Delete, $"auth-sessions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await RefusedAsync(Api, id);
        (await Api.GetJsonAsync("auth-sessions"))["sessions"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ShouldNotContain(id);
    }

    [Theory]
    [InlineData("""{ "name": "no state" }""", "'storageState' is required")]
    [InlineData("""{ "storageState": { "cookies": [], "origins": [] } }""", "no cookies and no origins")]
    [InlineData("""{ "storageState": { "cookies": [ { "name": "a" } ] } }""", "'storageState.cookies[0]'")]
    [InlineData("""{ "storageState": { "origins": [ { "origin": "file:///etc" } ] } }""", "'storageState.origins[0]'")]
    [InlineData("""{ "storageState": { "cookies": [ { "name": "a", "value": "b", "domain": "x.test" } ] }, "domains": [] }""", "'domains'")]
    public async Task A_bad_capture_is_a_400_that_says_what_is_wrong(string body, string expected)
    {
        using var response = await Api.SendAsync(HttpMethod.Post, "auth-sessions", body);
        var answer = await WebTasksApi.ReadAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        answer["code"]!.GetValue<string>().ShouldBe("bad-request");
        answer["message"]!.GetValue<string>().ShouldContain(expected);
    }

    private async Task<Dictionary<string, string>> TraceEntriesAsync(string webTaskId)
    {
        using var response = await Api.SendAsync(HttpMethod.Get, $"web-tasks/{webTaskId}/trace");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var entries = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            entries[entry.FullName] = await reader.ReadToEndAsync();
        }

        return entries;
    }
}
