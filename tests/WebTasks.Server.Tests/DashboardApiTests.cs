using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WebTasks.Api.Dashboard;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>The API the dashboard lists runs with: GET …/web-tasks newest first with filters and pages, a run's masked request, the schema check.</summary>
public sealed class DashboardApiTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private readonly WebTasksApi _api = fixture.Api;

    [Fact]
    public async Task Runs_are_listed_newest_first_filtered_by_the_server_and_paged_with_opaque_tokens()
    {
        await _api.PutCodeAsync("list-a", Scripts.Wait(1));
        await _api.PutCodeAsync("list-b", Scripts.Wait(1));
        var first = await Run("list-a");
        var second = await Run("list-b");
        var third = await Run("list-a");
        var cancelled = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/gate/list-never"), ["reuseKey"] = "list-c" });
        (await _api.SendAsync(HttpMethod.Post, $"web-tasks/{cancelled}/cancel")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var all = await ListAsync("reuseKey=list-a");
        all.Select(r => r["webTaskId"]!.GetValue<string>()).ShouldBe([third, first]);
        var newest = all[0];
        newest["status"]!.GetValue<string>().ShouldBe("completed");
        newest["outcome"]!.GetValue<string>().ShouldBe("success");
        newest["model"]!.GetValue<string>().ShouldBe("none");
        newest["timings"]!["durationMs"]!.GetValue<long>().ShouldBeGreaterThan(0);
        newest["cost"]!["compute"]!["amount"]!.GetValue<double>().ShouldBeGreaterThan(0);

        var failed = await ListAsync("outcome=failed&reuseKey=list-c");
        failed.Single()["errorCode"]!.GetValue<string>().ShouldBe("cancelled");
        (await ListAsync("status=pending&reuseKey=list-a")).ShouldBeEmpty();

        var page1 = await _api.GetJsonAsync("web-tasks?limit=2");
        var page2 = await _api.GetJsonAsync("web-tasks?limit=2&continuationToken=" + Uri.EscapeDataString(page1["continuationToken"]!.GetValue<string>()));
        page1["webTasks"]!.AsArray().Select(r => r!["webTaskId"]!.GetValue<string>()).ShouldBe([cancelled, third]);
        page2["webTasks"]!.AsArray().Select(r => r!["webTaskId"]!.GetValue<string>()).ShouldBe([second, first]);
    }

    [Theory]
    [InlineData("status=done", "'status' must be one of")]
    [InlineData("outcome=ok", "'outcome' must be one of")]
    [InlineData("limit=0", "'limit' must be a whole number")]
    [InlineData("limit=201", "'limit' must be a whole number")]
    [InlineData("reuseKey=a%20b", "'reuseKey' must be")]
    [InlineData("continuationToken=bm90LW91cnM", "'continuationToken' is not one")]
    public async Task A_wrong_query_is_a_400_in_the_documented_shape(string query, string message)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, "web-tasks?" + query);
        var error = await WebTasksApi.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error["code"]!.GetValue<string>().ShouldBe("bad-request");
        error["message"]!.GetValue<string>().ShouldContain(message);
    }

    [Fact]
    public async Task Another_workspace_sees_none_of_the_runs_and_a_wrong_key_is_refused()
    {
        await _api.PutCodeAsync("list-private", Scripts.Wait(1));
        await Run("list-private");
        using var other = fixture.Service.Api(WebTasksService.OtherWorkspace, WebTasksService.OtherApiKey);
        using var wrong = fixture.Service.Api(WebTasksService.Workspace, "not-the-key");

        (await other.GetJsonAsync("web-tasks?reuseKey=list-private"))["webTasks"]!.AsArray().ShouldBeEmpty();
        (await wrong.SendAsync(HttpMethod.Get, "web-tasks")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_runs_request_is_shown_with_its_secrets_masked()
    {
        var id = await _api.StartAsync(new JsonObject
        {
            ["task"] = "Sign in and list the orders",
            ["startUrl"] = fixture.Sites.Url("/directory/"),
            ["parameters"] = new JsonObject { ["user"] = "ann", ["password"] = "hunter2", ["apiToken"] = "tok-123" },
            ["reuseKey"] = "list-masked",
            ["model"] = "none",
            ["proxy"] = "http://ann:proxy-secret@127.0.0.1:9",
        });

        var request = await _api.GetJsonAsync($"web-tasks/{id}/request");
        request["task"]!.GetValue<string>().ShouldBe("Sign in and list the orders");
        request["parameters"]!["user"]!.GetValue<string>().ShouldBe("ann");
        request["parameters"]!["password"]!.GetValue<string>().ShouldBe("••••••");
        request.ToJsonString().ShouldNotContain("hunter2");
        request.ToJsonString().ShouldNotContain("tok-123");
        request["proxy"]!.GetValue<string>().ShouldStartWith("http://ann:");
        request.ToJsonString().ShouldNotContain("proxy-secret");
        (await _api.SendAsync(HttpMethod.Get, "web-tasks/wt_00000000000000000000000000000000/request")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_output_schema_is_checked_as_a_start_request_would_check_it()
    {
        var valid = await Validate("""{ "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" } } } }""");
        var invalid = await Validate("""{ "type": "array", "items": { "type": "text" } }""");

        valid["valid"]!.GetValue<bool>().ShouldBeTrue();
        invalid["valid"]!.GetValue<bool>().ShouldBeFalse();
        invalid["errors"]!.AsArray().ShouldContain(e => e!.GetValue<string>().Contains("/items/type", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/trace-viewer/../../appsettings.json")]
    [InlineData("/trace-viewer/..%2F..%2F..%2F..%2F..%2F..%2Fappsettings.json")]
    [InlineData("/trace-viewer/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/trace-viewer/%252e%252e/%252e%252e/%252e%252e/%252e%252e/%252e%252e/%252e%252e/appsettings.json")]
    [InlineData("/trace-viewer//etc/passwd")]
    [InlineData("/dashboard/..%2F..%2Fappsettings.json")]
    public async Task The_trace_viewer_and_dashboard_files_serve_nothing_outside_their_own_folder(string path)
    {
        // Sent byte for byte (an HttpClient would resolve the dots itself); the viewer's own page is the control.
        (await RawGetAsync("/trace-viewer/index.html")).ShouldStartWith("HTTP/1.1 200");

        var answer = await RawGetAsync(path);

        answer.ShouldNotStartWith("HTTP/1.1 200", customMessage: answer);
        answer.ShouldNotContain("AllowedHosts");
        answer.ShouldNotContain("root:");
    }

    [Theory]
    [InlineData("../../appsettings.json")]
    [InlineData("../../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void The_trace_viewer_refuses_paths_that_leave_its_folder_even_when_the_server_has_not_normalised_them(string path)
    {
        // Kestrel resolves dot segments before routing; the viewer's own check is what holds for a host that does not.
        DashboardFiles.TraceViewer("index.html").ShouldBeOfType<PhysicalFileHttpResult>("control: the viewer is there");
        DashboardFiles.TraceViewer(path).ShouldBeOfType<NotFound>();
    }

    private async Task<string> RawGetAsync(string path)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync("127.0.0.1", fixture.Service.BaseUrl.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private async Task<string> Run(string key)
    {
        var result = await _api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = key, ["model"] = "none" });
        result["outcome"]!.GetValue<string>().ShouldBe("success", result.ToJsonString());
        return result["webTaskId"]!.GetValue<string>();
    }

    private async Task<List<JsonNode>> ListAsync(string query) =>
        [.. (await _api.GetJsonAsync("web-tasks?" + query))["webTasks"]!.AsArray().Select(r => r!)];

    private async Task<JsonObject> Validate(string schema)
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "output-schemas/validate", schema);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await WebTasksApi.ReadAsync(response);
    }
}
