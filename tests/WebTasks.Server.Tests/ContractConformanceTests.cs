using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// Our answers against a JSON Schema of the documented shapes (written from the contract, not from our code), so a
/// client generated from Intuned's API description accepts them: the start answer, the result, 400 and 401 bodies.
/// </summary>
public sealed class ContractConformanceTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private const string Documented = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$defs": {
            "start": {
              "type": "object", "required": ["webTaskId", "status"],
              "properties": { "webTaskId": { "type": "string", "pattern": "^wt_" }, "status": { "const": "pending" } }
            },
            "error": {
              "type": "object", "required": ["code", "category", "message", "retirable", "details", "correlationId"],
              "properties": {
                "code": { "type": "string" }, "category": { "const": "user" }, "message": { "type": "string", "minLength": 1 },
                "retirable": { "const": false }, "details": { "type": "array", "items": { "type": "string" } },
                "correlationId": { "type": "string", "minLength": 1 }
              }
            },
            "badRequest": { "$ref": "#/$defs/error", "properties": { "code": { "const": "bad-request" } } },
            "unauthorized": { "$ref": "#/$defs/error", "properties": { "code": { "const": "unauthorized" } } },
            "timestamp": { "type": "string", "format": "date-time" },
            "result": {
              "type": "object", "required": ["webTaskId", "status"],
              "properties": {
                "webTaskId": { "type": "string", "pattern": "^wt_" },
                "status": { "enum": ["pending", "started", "completed"] },
                "outcome": { "enum": ["success", "failed"] },
                "result": {
                  "type": "object",
                  "properties": {
                    "data": true,
                    "file": {
                      "type": "object", "required": ["url", "expiresAt", "sizeBytes", "preview"],
                      "properties": {
                        "url": { "type": "string" }, "expiresAt": { "$ref": "#/$defs/timestamp" }, "sizeBytes": { "type": "integer" },
                        "preview": { "type": "object", "required": ["rowCount", "sample"] }
                      }
                    }
                  }
                },
                "error": {
                  "type": "object", "required": ["code", "message"],
                  "properties": {
                    "code": { "enum": ["workspace-rate-limited", "unauthenticated", "no-ai-credits-left", "timeout", "rejected", "internal-error"] },
                    "message": { "type": "string" }
                  }
                },
                "reuse": {
                  "type": "object", "required": ["key", "used", "created", "updated", "revision_id", "revision_timestamp"],
                  "properties": {
                    "key": { "type": "string" }, "used": { "type": "boolean" }, "created": { "type": "boolean" }, "updated": { "type": "boolean" },
                    "revision_id": { "type": ["string", "null"] }, "revision_timestamp": { "oneOf": [{ "$ref": "#/$defs/timestamp" }, { "type": "null" }] }
                  }
                },
                "cost": {
                  "type": "object", "required": ["aiUsd", "compute"],
                  "properties": {
                    "aiUsd": { "type": "number", "minimum": 0 },
                    "compute": { "type": "object", "required": ["amount", "unit"], "properties": { "amount": { "type": "number" }, "unit": { "const": "hours" } } }
                  }
                },
                "timings": {
                  "type": "object", "required": ["createdAt"],
                  "properties": {
                    "createdAt": { "$ref": "#/$defs/timestamp" }, "startedAt": { "$ref": "#/$defs/timestamp" },
                    "completedAt": { "$ref": "#/$defs/timestamp" }, "durationMs": { "type": "integer", "minimum": 0 }
                  }
                }
              },
              "if": { "properties": { "status": { "const": "completed" } } },
              "then": {
                "required": ["outcome", "reuse", "cost", "timings"],
                "if": { "properties": { "outcome": { "const": "success" } } },
                "then": { "required": ["result"], "properties": { "result": { "oneOf": [{ "required": ["data"] }, { "required": ["file"] }] } } },
                "else": { "required": ["error"] }
              }
            }
          }
        }
        """;

    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> BadStarts() => new()
    {
        "{ not json",
        "{}",
        """{ "task": 42 }""",
        """{ "task": "t", "startUrl": "ftp://example.com" }""",
        """{ "task": "t", "outputSchema": { "type": "strng" } }""",
        """{ "task": "t", "model": "gpt-9" }""",
    };

    [Theory]
    [MemberData(nameof(BadStarts))]
    public async Task Bad_requests_get_the_documented_400_body(string body)
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Post, "web-tasks/start", body);
        ((int)response.StatusCode).ShouldBe(400);
        ShouldMatch("badRequest", await WebTasksApi.ReadAsync(response));
    }

    [Theory]
    [InlineData("POST", "web-tasks/start")]
    [InlineData("GET", "web-tasks/wt_00000000000000000000000000000000/result")]
    public async Task A_wrong_key_gets_the_documented_401_body(string method, string path)
    {
        using var wrong = fixture.Service.Api(apiKey: "not-the-key");
        using var response = await wrong.SendAsync(new HttpMethod(method), path, """{ "task": "t" }""");
        ((int)response.StatusCode).ShouldBe(401);
        ShouldMatch("unauthorized", await WebTasksApi.ReadAsync(response));
    }

    [Fact]
    public async Task Start_and_result_answers_have_the_documented_shape_for_success_and_failure()
    {
        await fixture.Api.PutCodeAsync("conformance", Scripts.Shop);
        using var start = await fixture.Api.SendAsync(HttpMethod.Post, "web-tasks/start",
            new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/shop/page1.html"), ["reuseKey"] = "conformance" }.ToJsonString());
        var started = await WebTasksApi.ReadAsync(start);
        ShouldMatch("start", started);
        ShouldMatch("result", await fixture.Api.ResultAsync(started["webTaskId"]!.GetValue<string>()));

        var succeeded = await fixture.Api.WaitAsync(started["webTaskId"]!.GetValue<string>());
        succeeded["outcome"]!.GetValue<string>().ShouldBe("success", succeeded.ToJsonString());
        ShouldMatch("result", succeeded);

        var failed = await fixture.Api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["model"] = "haiku" });
        failed["outcome"]!.GetValue<string>().ShouldBe("failed");
        ShouldMatch("result", failed);
    }

    [Fact]
    public void The_schema_catches_what_it_is_for()
    {
        var ours = JsonNode.Parse("""{ "code": "bad-request", "category": "request", "message": "m", "retirable": false, "details": [], "correlationId": "c" }""")!;
        Evaluate("badRequest", ours).IsValid.ShouldBeFalse("a category other than user is refused");
        var unsaved = JsonNode.Parse("""{ "webTaskId": "wt_1", "status": "completed", "outcome": "success", "cost": { "aiUsd": 0, "compute": { "amount": 0, "unit": "hours" } }, "timings": { "createdAt": "2026-12-01T00:00:00Z" } }""")!;
        Evaluate("result", unsaved).IsValid.ShouldBeFalse("a completed result without reuse or data is refused");
    }

    private static void ShouldMatch(string shape, JsonNode body)
    {
        var results = Evaluate(shape, body);
        var errors = results.Details?.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        results.IsValid.ShouldBeTrue($"{shape}: {string.Join("; ", errors)}\n{body.ToJsonString()}");
    }

    private static EvaluationResults Evaluate(string shape, JsonNode body)
    {
        var root = JsonNode.Parse(Documented)!;
        root["$ref"] = "#/$defs/" + shape;
        var schema = JsonSchema.FromText(root.ToJsonString());
        using var document = JsonDocument.Parse(body.ToJsonString());
        return schema.Evaluate(document.RootElement, Strict);
    }
}
