using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WebTasks.Testing;

/// <summary>
/// A model provider's HTTP API on 127.0.0.1 answering from a script: OpenAI-compatible chat completions
/// (POST /v1/chat/completions) or Anthropic messages (POST /v1/messages). It records each request's headers and
/// body, so tests see the wire format the real SDK clients send.
/// </summary>
public sealed class ModelStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _answers = new();

    private ModelStub(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string PathAndQuery, IHeaderDictionary Headers, JsonObject Body)> Requests { get; } = new();

    public static async Task<ModelStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new ModelStub(app);
        app.MapPost("/v1/chat/completions", stub.AnswerAsync);
        app.MapPost("/v1/messages", stub.AnswerAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", stub.AnswerAsync);
        await app.StartAsync();
        stub.BaseUrl = new Uri(app.Urls.First() + "/");
        return stub;
    }

    public ModelStub Then(JsonObject answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    /// <summary>An OpenAI chat completion with text, or with one tool call.</summary>
    public static JsonObject OpenAi(string? text, string? tool = null, JsonObject? arguments = null, string callId = "call_1") => new()
    {
        ["id"] = "chatcmpl-" + callId,
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "gpt-test",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = tool is null
                ? new JsonObject { ["role"] = "assistant", ["content"] = text }
                : new JsonObject
                {
                    ["role"] = "assistant",
                    ["content"] = null,
                    ["tool_calls"] = new JsonArray(new JsonObject
                    {
                        ["id"] = callId,
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = tool, ["arguments"] = (arguments ?? []).ToJsonString() },
                    }),
                },
            ["finish_reason"] = tool is null ? "stop" : "tool_calls",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 1000, ["completion_tokens"] = 200, ["total_tokens"] = 1200 },
    };

    /// <summary>An Anthropic message with text, or with one tool_use block.</summary>
    public static JsonObject Anthropic(string? text, string? tool = null, JsonObject? input = null, string callId = "toolu_1") => new()
    {
        ["id"] = "msg_" + callId,
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = "claude-test",
        ["content"] = new JsonArray(tool is null
            ? new JsonObject { ["type"] = "text", ["text"] = text }
            : new JsonObject { ["type"] = "tool_use", ["id"] = callId, ["name"] = tool, ["input"] = input ?? [] }),
        ["stop_reason"] = tool is null ? "end_turn" : "tool_use",
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = 1000, ["output_tokens"] = 200 },
    };

    private async Task<IResult> AnswerAsync(HttpRequest request)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
        Requests.Enqueue((request.Path + request.QueryString, new HeaderDictionary(request.Headers.ToDictionary(h => h.Key, h => h.Value)), body));
        return _answers.TryDequeue(out var answer)
            ? Results.Content(answer.ToJsonString(), "application/json")
            : Results.Json(new { error = new { type = "invalid_request_error", message = "The stub has no more scripted answers." } }, statusCode: 400);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
