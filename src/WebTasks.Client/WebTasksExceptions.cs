using System.Net;
using System.Text.Json.Nodes;

namespace WebTasks.Client;

/// <summary>The API refused a request: its status, <c>code</c>, <c>message</c>, <c>details</c> and <c>correlationId</c>.</summary>
public sealed class WebTasksApiException(HttpStatusCode status, string code, string message, string? correlationId, JsonNode? details)
    : Exception($"{(int)status} {code}: {message}{(correlationId is null ? "" : $" (correlationId {correlationId})")}")
{
    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    public string ApiMessage { get; } = message;

    public string? CorrelationId { get; } = correlationId;

    public JsonNode? Details { get; } = details;
}

/// <summary>A web task completed with outcome <c>failed</c>: its error code (timeout, rejected, …) and message.</summary>
public sealed class WebTaskFailedException(WebTaskResult result)
    : Exception($"Web task {result.WebTaskId} failed ({result.Error?.Code}): {result.Error?.Message}")
{
    public WebTaskResult Result { get; } = result;

    public string? Code => Result.Error?.Code;
}
