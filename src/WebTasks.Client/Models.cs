using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WebTasks.Client;

/// <summary>A web task to start. Only <see cref="Task"/> is required.</summary>
public sealed record WebTaskRequest
{
    public required string Task { get; init; }
    public string? StartUrl { get; init; }
    public JsonObject? Parameters { get; init; }
    public JsonObject? OutputSchema { get; init; }
    public string? ReuseKey { get; init; }

    /// <summary>haiku, sonnet, opus or none; the service's default when null.</summary>
    public string? Model { get; init; }
    public string? Proxy { get; init; }

    /// <summary>An auth session (wta_…, see <see cref="WebTasksClient.CaptureAuthSessionAsync"/>): the run starts logged in.</summary>
    public string? Auth { get; init; }
    public Sink? Sink { get; init; }
}

/// <summary>Where the completed result is also delivered: a webhook, an S3 bucket or an Azure Blob container.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(WebhookSink), "webhook")]
[JsonDerivedType(typeof(S3Sink), "s3")]
[JsonDerivedType(typeof(BlobSink), "blob")]
public abstract record Sink;

/// <summary>The result is POSTed to <paramref name="Url"/>, signed with the workspace's webhook secret.</summary>
public sealed record WebhookSink(string Url, IReadOnlyDictionary<string, string>? Headers = null) : Sink;

/// <summary>"{Prefix}/{webTaskId}.json" in an S3 bucket; <see cref="Endpoint"/> for S3-compatible services other than AWS.</summary>
public sealed record S3Sink(string Bucket, string Region, string AccessKeyId, string SecretAccessKey) : Sink
{
    public string? Prefix { get; init; }
    public string? Endpoint { get; init; }
}

/// <summary>An Azure Blob container: <see cref="ContainerUrl"/> with a SAS, or <see cref="AccountUrl"/> and <see cref="Container"/> by the service's identity.</summary>
public sealed record BlobSink : Sink
{
    public string? ContainerUrl { get; init; }
    public string? AccountUrl { get; init; }
    public string? Container { get; init; }
    public string? Prefix { get; init; }
}

public sealed record StartedWebTask(string WebTaskId, string Status);

/// <summary>GET …/web-tasks/{id}/result.</summary>
public sealed record WebTaskResult
{
    public required string WebTaskId { get; init; }

    /// <summary>pending, started or completed.</summary>
    public required string Status { get; init; }

    /// <summary>success or failed, once completed.</summary>
    public string? Outcome { get; init; }
    public ResultBody? Result { get; init; }
    public Failure? Error { get; init; }
    public ReuseInfo? Reuse { get; init; }
    public CostInfo? Cost { get; init; }
    public Timings? Timings { get; init; }

    /// <summary>How delivery to the task's sink went, when it has one.</summary>
    public SinkDelivery? Sink { get; init; }

    [JsonIgnore]
    public bool IsCompleted => Status == "completed";

    [JsonIgnore]
    public bool Succeeded => Outcome == "success";
}

/// <summary>Inline <see cref="Data"/>, or a <see cref="File"/> for large results.</summary>
public sealed record ResultBody(JsonNode? Data, ResultFile? File);

public sealed record ResultFile(string? Url, DateTimeOffset ExpiresAt, long SizeBytes, ResultPreview? Preview);

public sealed record ResultPreview(int? RowCount, JsonNode? Sample);

public sealed record Failure(string Code, string Message);

/// <summary>
/// The sink of a result: <see cref="Status"/> is pending, delivered or failed (every attempt failed; the result is
/// kept). The API shows the target with its secrets masked; those fields are left out here.
/// </summary>
public sealed record SinkDelivery(string Type, string? Status, int? Attempts, string? LastError, DateTimeOffset? DeliveredAt);

public sealed record ReuseInfo(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("used")] bool Used,
    [property: JsonPropertyName("created")] bool Created,
    [property: JsonPropertyName("updated")] bool Updated,
    [property: JsonPropertyName("revision_id")] string? RevisionId,
    [property: JsonPropertyName("revision_timestamp")] DateTimeOffset? RevisionTimestamp);

public sealed record CostInfo(decimal AiUsd, ComputeCost Compute);

public sealed record ComputeCost(double Amount, string Unit);

public sealed record Timings(DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, long? DurationMs);

/// <summary>A reuse key and its current revision (with its code when read one by one).</summary>
public sealed record ReuseKey(
    string Key,
    string RevisionId,
    DateTimeOffset RevisionTimestamp,
    string Author,
    string? SourceWebTaskId,
    string? Code = null,
    JsonObject? OutputSchema = null,
    int? RevisionCount = null);

public sealed record Revision(string RevisionId, DateTimeOffset RevisionTimestamp, string Author, string? SourceWebTaskId, string? RestoredFrom, bool Current);

/// <summary>A captured browser session, as the API shows it: never its cookies or storage.</summary>
public sealed record AuthSession(
    string Id, string? Name, IReadOnlyList<string> Domains, bool Refresh, int CookieCount, int OriginCount, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record AuthSessionList(IReadOnlyList<AuthSession> Sessions);

internal sealed record KeyList(IReadOnlyList<ReuseKey> Keys);

internal sealed record RevisionList(string Key, IReadOnlyList<Revision> Revisions);

internal sealed record ErrorBody(string? Code, string? Category, string? Message, bool? Retirable, JsonNode? Details, string? CorrelationId);
