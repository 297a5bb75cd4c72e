using System.Net;
using System.Text.Json.Nodes;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

public sealed class ReuseKeyEndpointTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private WebTasksApi Api => fixture.Api;

    [Fact]
    public async Task Code_is_versioned_listed_shown_and_rolled_back()
    {
        var first = await Api.PutCodeAsync("versions", Scripts.Wait(1));
        var second = await Api.PutCodeAsync("versions", Scripts.Wait(2));

        var shown = await Api.GetJsonAsync("reuse-keys/versions");
        shown["revisionId"]!.GetValue<string>().ShouldBe(second["revisionId"]!.GetValue<string>());
        shown["author"]!.GetValue<string>().ShouldBe("user");
        shown["code"]!.GetValue<string>().ShouldContain("waitForTimeout(2)");

        var revisions = (await Api.GetJsonAsync("reuse-keys/versions/revisions"))["revisions"]!.AsArray();
        revisions.Select(r => r!["revisionId"]!.GetValue<string>()).ShouldBe([second["revisionId"]!.GetValue<string>(), first["revisionId"]!.GetValue<string>()]);
        revisions[0]!["current"]!.GetValue<bool>().ShouldBeTrue();
        revisions[1]!["current"]!.GetValue<bool>().ShouldBeFalse();

        using var rollback = await Api.SendAsync(HttpMethod.Post, "reuse-keys/versions/rollback", $$"""{ "revisionId": "{{first["revisionId"]}}" }""");
        var rolled = await WebTasksApi.ReadAsync(rollback);
        rollback.StatusCode.ShouldBe(HttpStatusCode.OK, rolled.ToJsonString());
        rolled["revisionId"]!.GetValue<string>().ShouldNotBe(first["revisionId"]!.GetValue<string>());
        rolled["code"]!.GetValue<string>().ShouldBe(first["code"]!.GetValue<string>());

        var after = (await Api.GetJsonAsync("reuse-keys/versions/revisions"))["revisions"]!.AsArray();
        after.Count.ShouldBe(3);
        after[0]!["restoredFrom"]!.GetValue<string>().ShouldBe(first["revisionId"]!.GetValue<string>());

        var run = await Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "versions" });
        run["result"]!["data"]!["waited"]!.GetValue<int>().ShouldBe(1);
        run["reuse"]!["revision_id"]!.GetValue<string>().ShouldBe(rolled["revisionId"]!.GetValue<string>());

        var keys = (await Api.GetJsonAsync("reuse-keys"))["keys"]!.AsArray();
        var listed = keys.Single(k => k!["key"]!.GetValue<string>() == "versions")!;
        listed["revisionId"]!.GetValue<string>().ShouldBe(rolled["revisionId"]!.GetValue<string>());
        listed["revisionCount"]!.GetValue<int>().ShouldBe(3);
    }

    [Theory]
    [InlineData("""{ "code": "async function main( { return 1 }" }""", "does not parse")]
    [InlineData("""{ "code": "async function notMain() { return 1 }" }""", "must define async function main")]
    [InlineData("""{ "code": "import x from 'y';\nasync function main() {}" }""", "no import or export")]
    [InlineData("""{ "code": "" }""", "'code' is required")]
    [InlineData("""{ "script": "x" }""", "'code' is required")]
    [InlineData("""{ "code": "async function main() {}", "outputSchema": { "type": "nope" } }""", "outputSchema")]
    [InlineData("""not json""", "not valid JSON")]
    public async Task Code_that_would_not_run_is_refused_before_it_is_saved(string body, string expected)
    {
        using var response = await Api.SendAsync(HttpMethod.Put, "reuse-keys/refused/code", body);
        var json = await WebTasksApi.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json.ToJsonString());
        (json["message"]!.GetValue<string>() + json["details"]!.ToJsonString()).ShouldContain(expected, Case.Insensitive);
        (await Api.SendAsync(HttpMethod.Get, "reuse-keys/refused")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_syntax_error_names_its_line()
    {
        using var response = await Api.SendAsync(HttpMethod.Put, "reuse-keys/syntax/code", new JsonObject { ["code"] = "async function main() {\n  const a = 1;\n  const = 2;\n}" }.ToJsonString());
        (await WebTasksApi.ReadAsync(response))["message"]!.GetValue<string>().ShouldContain("line 3");
    }

    [Fact]
    public async Task Rolling_back_to_an_unknown_revision_or_key_is_404()
    {
        await Api.PutCodeAsync("rb", Scripts.Wait(1));
        using (var r = await Api.SendAsync(HttpMethod.Post, "reuse-keys/rb/rollback", """{ "revisionId": "rev_nope" }"""))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var r = await Api.SendAsync(HttpMethod.Post, "reuse-keys/no-such-key/rollback", """{ "revisionId": "rev_nope" }"""))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var r = await Api.SendAsync(HttpMethod.Post, "reuse-keys/rb/rollback", """{ }"""))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Concurrent_writers_each_get_a_revision_and_none_is_lost()
    {
        var writes = Enumerable.Range(0, 8).Select(i => Api.PutCodeAsync("contended", Scripts.Wait(i)));
        var saved = await Task.WhenAll(writes);

        var revisions = (await Api.GetJsonAsync("reuse-keys/contended/revisions"))["revisions"]!.AsArray();
        revisions.Count.ShouldBe(8);
        revisions.Select(r => r!["revisionId"]!.GetValue<string>()).Order().ShouldBe(saved.Select(s => s["revisionId"]!.GetValue<string>()).Order());
        var current = (await Api.GetJsonAsync("reuse-keys/contended"))["revisionId"]!.GetValue<string>();
        revisions[0]!["revisionId"]!.GetValue<string>().ShouldBe(current);
        (await Api.GetJsonAsync("reuse-keys"))["keys"]!.AsArray().Single(k => k!["key"]!.GetValue<string>() == "contended")!["revisionCount"]!.GetValue<int>().ShouldBe(8);
    }
}
