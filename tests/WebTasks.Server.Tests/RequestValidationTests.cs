using System.Net;
using System.Text.Json.Nodes;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>Every bad request is a 400 in the documented shape that says what is wrong; no input produces a 500.</summary>
public sealed class RequestValidationTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    public static TheoryData<string, string> BadBodies() => new()
    {
        { "{ not json", "not valid JSON" },
        { "[]", "JSON object" },
        { "{}", "'task' is required" },
        { """{ "task": "   " }""", "'task' must not be empty" },
        { """{ "task": 42 }""", "'task' must be a string" },
        { """{ "task": null }""", "'task' is required" },
        { $$"""{ "task": "{{new string('x', 9000)}}" }""", "the limit is 8000" },
        { """{ "task": "t", "startUrl": "ftp://example.com/x" }""", "'startUrl' must be an absolute http or https URL" },
        { """{ "task": "t", "startUrl": "not a url" }""", "'startUrl' must be an absolute http or https URL" },
        { """{ "task": "t", "parameters": [1, 2] }""", "'parameters' must be a JSON object" },
        { """{ "task": "t", "outputSchema": "object" }""", "'outputSchema' must be a JSON Schema object" },
        { """{ "task": "t", "outputSchema": { "type": "strng" } }""", "#/type: Value should match one of the values specified by the enum" },
        { """{ "task": "t", "outputSchema": { "type": "object", "properties": { "a": { "$ref": "https://evil.test/s.json" } } } }""", "local reference" },
        { """{ "task": "t", "outputSchema": { "type": "object", "properties": { "a": { "$ref": "#/$defs/missing" } } } }""", "#/properties/a/$ref: Could not resolve '#/$defs/missing'" },
        { """{ "task": "t", "outputSchema": { "type": "string", "pattern": "([" } }""", "#/pattern: Value does not match format \"regex\"" },
        { """{ "task": "t", "outputSchema": { "type": "array", "minItems": -1 } }""", "#/minItems: -1 should be at least 0" },
        { """{ "task": "t", "model": "gpt-9" }""", "'model' must be one of haiku, sonnet, opus, none" },
        { """{ "task": "t", "reuseKey": "has spaces/and slashes" }""", "'reuseKey' must be" },
        { """{ "task": "t", "reuseKey": "" }""", "'reuseKey' must be" },
        { """{ "task": "t", "proxy": "just-a-host" }""", "'proxy' must be a proxy URL" },
        { """{ "task": "t", "sink": { "type": "email", "url": "https://x.test" } }""", "'sink.type' must be one of webhook, s3, blob" },
        { """{ "task": "t", "sink": { "type": "webhook", "url": "https://x.test", "headers": { "a": 1 } } }""", "'sink.headers.a'" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_start_requests_get_400_with_a_message_naming_the_problem(string body, string expected)
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Post, "web-tasks/start", body);
        var json = await WebTasksApi.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json.ToJsonString());
        json["code"]!.GetValue<string>().ShouldBe("bad-request");
        json["category"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        json["retirable"]!.GetValue<bool>().ShouldBeFalse();
        json["details"].ShouldBeOfType<JsonArray>();
        json["correlationId"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        var text = json["message"]!.GetValue<string>() + " " + json["details"]!.ToJsonString();
        text.ShouldContain(expected, Case.Insensitive);
    }

    [Fact]
    public async Task An_oversized_body_is_a_400_not_a_413_or_500()
    {
        var body = new JsonObject { ["task"] = "t", ["parameters"] = new JsonObject { ["blob"] = new string('x', 1_100_000) } };
        using var response = await fixture.Api.SendAsync(HttpMethod.Post, "web-tasks/start", body.ToJsonString());
        var json = await WebTasksApi.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        json["message"]!.GetValue<string>().ShouldContain("larger than");
    }

    [Fact]
    public async Task Every_problem_is_listed_in_details()
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Post, "web-tasks/start", """{ "task": "", "model": "x", "reuseKey": "a b" }""");
        var json = await WebTasksApi.ReadAsync(response);

        json["details"]!.AsArray().Count.ShouldBe(3);
    }

    [Fact]
    public async Task Random_garbage_never_produces_a_500()
    {
        var random = new Random(1234);
        var pieces = new[] { "{", "}", "[", "]", "\"task\"", ":", ",", "\"x\"", "null", "1e999", "\"outputSchema\"", "{\"type\":", "\"\\u0000\"", "true", "\"reuseKey\"", "\"sink\"", "-0", "\"startUrl\"", "\"http://[::1\"" };
        for (var i = 0; i < 60; i++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            using var response = await fixture.Api.SendAsync(HttpMethod.Post, "web-tasks/start", body);
            ((int)response.StatusCode).ShouldBeLessThan(500, body);
        }
    }

    [Fact]
    public async Task Missing_or_wrong_api_key_is_401_in_the_documented_shape()
    {
        using var noKey = new HttpRequestMessage(HttpMethod.Get, fixture.Api.Path("reuse-keys"));
        using var response = await fixture.Api.Http.SendAsync(noKey);
        var json = await WebTasksApi.ReadAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        json["code"]!.GetValue<string>().ShouldBe("unauthorized");

        using var wrong = new WebTasksApi(new HttpClient { BaseAddress = fixture.Service.BaseUrl }, WebTasksService.Workspace, "nope");
        using var wrongResponse = await wrong.SendAsync(HttpMethod.Get, "reuse-keys");
        wrongResponse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_workspace_key_never_reaches_another_workspace()
    {
        await fixture.Api.PutCodeAsync("private-key", Scripts.Wait(1));
        var id = await fixture.Api.StartAsync(new JsonObject { ["task"] = "t", ["reuseKey"] = "private-key", ["startUrl"] = fixture.Sites.Url("/directory/") });

        // ws1's key on ws2's URLs: unauthorized.
        using var crossKey = new WebTasksApi(new HttpClient { BaseAddress = fixture.Service.BaseUrl }, WebTasksService.OtherWorkspace, WebTasksService.ApiKey);
        using (var r = await crossKey.SendAsync(HttpMethod.Get, $"web-tasks/{id}/result"))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // ws2's own key: ws1's task and key do not exist there.
        using var other = fixture.Service.Api(WebTasksService.OtherWorkspace, WebTasksService.OtherApiKey);
        using (var r = await other.SendAsync(HttpMethod.Get, $"web-tasks/{id}/result"))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await WebTasksApi.ReadAsync(r))["code"]!.GetValue<string>().ShouldBe("not-found");
        }

        using (var r = await other.SendAsync(HttpMethod.Get, "reuse-keys/private-key"))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await other.GetJsonAsync("reuse-keys"))["keys"]!.AsArray().ShouldBeEmpty();
        await fixture.Api.WaitAsync(id);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1")]
    [InlineData("61")]
    [InlineData("1.5")]
    public async Task A_bad_wait_is_a_400_naming_it(string wait)
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Get, $"web-tasks/wt_00000000000000000000000000000000/result?wait={wait}");
        var json = await WebTasksApi.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json.ToJsonString());
        json["code"]!.GetValue<string>().ShouldBe("bad-request");
        json["message"]!.GetValue<string>().ShouldContain("'wait' must be a whole number of seconds from 0 to 60");
    }

    [Fact]
    public async Task Unknown_task_ids_are_404()
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Get, "web-tasks/wt_00000000000000000000000000000000/result");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var malformed = await fixture.Api.SendAsync(HttpMethod.Get, "web-tasks/..%2F..%2Fetc/result");
        ((int)malformed.StatusCode).ShouldBe(404);
    }
}
