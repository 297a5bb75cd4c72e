using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WebTasks.Core.Contracts;

public static class WebTaskStatus
{
    public const string Pending = "pending";
    public const string Started = "started";
    public const string Completed = "completed";
}

public static class WebTaskOutcome
{
    public const string Success = "success";
    public const string Failed = "failed";
}

public sealed record StartResponse(string WebTaskId, string Status);

/// <summary>GET …/result. Pending and started tasks carry only status and timings.</summary>
public sealed record WebTaskResultResponse
{
    public required string WebTaskId { get; init; }
    public required string Status { get; init; }
    public string? Outcome { get; init; }
    public ResultBody? Result { get; init; }
    public FailureBody? Error { get; init; }
    public ReuseInfo? Reuse { get; init; }
    public CostInfo? Cost { get; init; }
    public required Timings Timings { get; init; }

    /// <summary>Where the result is also delivered and how that went (only when the task has a sink).</summary>
    public SinkReport? Sink { get; init; }
}

public sealed record ResultBody
{
    public JsonNode? Data { get; init; }
    public ResultFile? File { get; init; }
}

public sealed record ResultFile(string? Url, DateTimeOffset ExpiresAt, long SizeBytes, ResultPreview Preview);

public sealed record ResultPreview(int? RowCount, JsonNode? Sample);

public sealed record FailureBody(string Code, string Message);

/// <summary>Keeps Intuned's snake_case field names.</summary>
public sealed record ReuseInfo(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("used")] bool Used,
    [property: JsonPropertyName("created")] bool Created,
    [property: JsonPropertyName("updated")] bool Updated,
    [property: JsonPropertyName("revision_id"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? RevisionId,
    [property: JsonPropertyName("revision_timestamp"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? RevisionTimestamp);

public sealed record CostInfo(decimal AiUsd, ComputeCost Compute);

public sealed record ComputeCost(double Amount, string Unit = "hours");

public sealed record Timings(DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, long? DurationMs);

/// <summary>GET reuse-keys/{key} and the items of the key list.</summary>
public sealed record ReuseKeyResponse(
    string Key,
    string RevisionId,
    DateTimeOffset RevisionTimestamp,
    string Author,
    string? SourceWebTaskId,
    string? Code,
    JsonObject? OutputSchema);

/// <summary>GET reuse-keys.</summary>
public sealed record ReuseKeyListResponse(IReadOnlyList<ReuseKeySummary> Keys);

public sealed record ReuseKeySummary(string Key, string RevisionId, DateTimeOffset RevisionTimestamp, string Author, string? SourceWebTaskId, int RevisionCount);

/// <summary>GET reuse-keys/{key}/revisions, newest first.</summary>
public sealed record RevisionListResponse(string Key, IReadOnlyList<RevisionResponse> Revisions);

public sealed record RevisionResponse(
    string RevisionId,
    DateTimeOffset RevisionTimestamp,
    string Author,
    string? SourceWebTaskId,
    string? RestoredFrom,
    bool Current);

public sealed record PutCodeRequest(string? Code, JsonObject? OutputSchema);

public sealed record RollbackRequest(string? RevisionId);

public static class Authors
{
    public const string Ai = "ai";
    public const string Planner = "planner";
    public const string User = "user";
}
