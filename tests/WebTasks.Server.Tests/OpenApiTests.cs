using System.Text.Json.Nodes;
using WebTasks.Api;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>The served OpenAPI document names every public path with its request and response shapes and the error body.</summary>
public sealed class OpenApiTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private const string Workspace = "/api/v1/workspace/{workspaceId}";

    [Theory]
    [InlineData("/web-tasks/start", "post", "StartWebTaskBody", "StartResponse")]
    [InlineData("/web-tasks/{webTaskId}/result", "get", null, "WebTaskResultResponse")]
    [InlineData("/web-tasks/{webTaskId}/trace", "get", null, null)]
    [InlineData("/reuse-keys", "get", null, "ReuseKeyListResponse")]
    [InlineData("/reuse-keys/{key}", "get", null, "ReuseKeyResponse")]
    [InlineData("/reuse-keys/{key}/revisions", "get", null, "RevisionListResponse")]
    [InlineData("/reuse-keys/{key}/code", "put", "PutCodeRequest", "ReuseKeyResponse")]
    [InlineData("/reuse-keys/{key}/rollback", "post", "RollbackRequest", "ReuseKeyResponse")]
    [InlineData("/web-tasks", "get", null, "WebTaskListResponse")]
    [InlineData("/web-tasks/{webTaskId}/request", "get", null, "WebTaskRequestResponse")]
    [InlineData("/output-schemas/validate", "post", null, "OutputSchemaValidation")]
    [InlineData("/reuse-keys/{key}/revisions/{revisionId}", "get", null, "ReuseKeyResponse")]
    public async Task Every_public_path_is_described_with_its_bodies_and_errors(string path, string method, string? request, string? response)
    {
        var document = await DocumentAsync();

        var operation = document["paths"]![Workspace + path]?[method];
        operation.ShouldNotBeNull($"{method} {path} is missing");
        if (request is not null)
        {
            Ref(operation["requestBody"]!["content"]!["application/json"]!["schema"]).ShouldBe(request);
        }

        if (response is not null)
        {
            Ref(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]).ShouldBe(response);
        }

        foreach (var status in new[] { "400", "401", "404", "429" })
        {
            Ref(operation["responses"]![status]?["content"]?["application/json"]?["schema"]).ShouldBe("ApiError", $"{method} {path} {status}");
        }
    }

    [Theory]
    [InlineData("StartWebTaskBody", "task,startUrl,parameters,outputSchema,reuseKey,model,proxy,auth,sink")]
    [InlineData("StartResponse", "webTaskId,status")]
    [InlineData("WebTaskResultResponse", "webTaskId,status,outcome,result,error,reuse,cost,timings,sink")]
    [InlineData("ReuseInfo", "key,used,created,updated,revision_id,revision_timestamp")]
    [InlineData("CostInfo", "aiUsd,compute")]
    [InlineData("Timings", "createdAt,startedAt,completedAt,durationMs")]
    [InlineData("ResultFile", "url,expiresAt,sizeBytes,preview")]
    [InlineData("ApiError", "code,category,message,retirable,details,correlationId")]
    [InlineData("ReuseKeyResponse", "key,revisionId,revisionTimestamp,author,sourceWebTaskId,code,outputSchema")]
    [InlineData("WebTaskListResponse", "webTasks,continuationToken")]
    [InlineData("WebTaskSummary", "webTaskId,status,outcome,errorCode,reuseKey,model,cost,timings,hasTrace")]
    public async Task The_documented_fields_are_in_the_schemas(string schema, string fields)
    {
        var properties = (await DocumentAsync())["components"]!["schemas"]![schema]?["properties"]?.AsObject();

        properties.ShouldNotBeNull($"schema {schema} is missing");
        properties.Select(p => p.Key).ShouldBe(fields.Split(','), ignoreOrder: true);
    }

    [Fact]
    public async Task The_task_is_required_and_the_api_key_header_is_the_security_scheme()
    {
        var document = await DocumentAsync();

        document["components"]!["schemas"]!["StartWebTaskBody"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain("task");
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        scheme["type"]!.GetValue<string>().ShouldBe("apiKey");
        scheme["in"]!.GetValue<string>().ShouldBe("header");
        scheme["name"]!.GetValue<string>().ShouldBe("x-api-key");
        document["security"]!.AsArray().ShouldNotBeEmpty();
    }

    /// <summary>Set UPDATE_OPENAPI=1 to write the generated document over the committed one after changing a route.</summary>
    [Fact]
    public async Task The_document_the_Functions_app_serves_is_the_one_the_self_host_generates()
    {
        var generated = await DocumentAsync();
        generated.Remove("servers");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            var path = Path.Combine(Repository.Root, "src", "WebTasks.Api", OpenApiDocument.FileName);
            await File.WriteAllTextAsync(path, generated.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        await using var committed = OpenApiDocument.Open();
        JsonNode.DeepEquals(JsonNode.Parse(committed), generated).ShouldBeTrue(
            $"src/WebTasks.Api/{OpenApiDocument.FileName} is out of date: run the tests with UPDATE_OPENAPI=1 and commit the file.");
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Service.BaseUrl };
        return JsonNode.Parse(await http.GetStringAsync("openapi/v1.json"))!.AsObject();
    }

    private static string? Ref(JsonNode? schema) => schema?["$ref"]?.GetValue<string>().Split('/')[^1];
}
