using System.Text.Json.Serialization;

namespace WebTasks.Core.Contracts;

/// <summary>
/// Where a completed result is also delivered (<c>sink</c> on start): a webhook, an S3 bucket (as Intuned documents
/// them) or, ours, an Azure Blob container. Stored with the request; the result shows it masked
/// (<see cref="SinkReport"/>), never with its secrets.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(WebhookSink), SinkTypes.Webhook)]
[JsonDerivedType(typeof(S3Sink), SinkTypes.S3)]
[JsonDerivedType(typeof(BlobSink), SinkTypes.Blob)]
public abstract record ResultSink
{
    /// <summary>
    /// One of <see cref="SinkTypes"/>, the JSON discriminator (so never serialized as a property: each override says so
    /// too, as System.Text.Json does not inherit the attribute).
    /// </summary>
    [JsonIgnore]
    public abstract string Type { get; }

    /// <summary>The sink as the result shows it: secrets and signatures masked.</summary>
    public abstract SinkReport Masked();

    /// <summary>The values that must never appear in what a user or a log sees (an error from the far side included).</summary>
    public abstract IEnumerable<string> SecretValues();

    /// <summary><paramref name="text"/> with every secret of this sink masked.</summary>
    public string Scrub(string text) =>
        SecretValues().Where(v => v.Length >= 4).Aggregate(text, (t, secret) => t.Replace(secret, Secrets.Mask(secret), StringComparison.Ordinal));
}

public static class SinkTypes
{
    public const string Webhook = "webhook";
    public const string S3 = "s3";
    public const string Blob = "blob";

    public static readonly string[] All = [Webhook, S3, Blob];
}

public sealed record WebhookSink : ResultSink
{
    [JsonIgnore]
    public override string Type => SinkTypes.Webhook;

    public required string Url { get; init; }
    public Dictionary<string, string> Headers { get; init; } = [];

    public override SinkReport Masked() => new()
    {
        Type = Type,
        Url = Secrets.MaskUrl(Url),
        Headers = Headers.Count == 0 ? null : Headers.ToDictionary(h => h.Key, h => Secrets.Mask(h.Value), StringComparer.OrdinalIgnoreCase),
    };

    public override IEnumerable<string> SecretValues() => [.. Headers.Values, .. Secrets.InUrl(Url)];
}

/// <summary>Any S3-compatible store: AWS by <see cref="Region"/>, or another service at <see cref="Endpoint"/>.</summary>
public sealed record S3Sink : ResultSink
{
    [JsonIgnore]
    public override string Type => SinkTypes.S3;

    public required string Bucket { get; init; }
    public required string Region { get; init; }
    public string? Prefix { get; init; }
    public required string AccessKeyId { get; init; }
    public required string SecretAccessKey { get; init; }
    public string? Endpoint { get; init; }

    public override SinkReport Masked() => new()
    {
        Type = Type,
        Bucket = Bucket,
        Region = Region,
        Prefix = Prefix,
        Endpoint = Endpoint is null ? null : Secrets.MaskUrl(Endpoint),
        AccessKeyId = Secrets.Mask(AccessKeyId),
        SecretAccessKey = Secrets.Mask(SecretAccessKey),
    };

    public override IEnumerable<string> SecretValues() => [SecretAccessKey, AccessKeyId, .. Endpoint is null ? [] : Secrets.InUrl(Endpoint)];
}

/// <summary>
/// An Azure Blob container: a container URL with a SAS, or an account URL and a container reached with the service's
/// managed identity (only accounts the operator allowed: WebTasks:Sinks:ManagedIdentityAccounts).
/// </summary>
public sealed record BlobSink : ResultSink
{
    [JsonIgnore]
    public override string Type => SinkTypes.Blob;

    public string? ContainerUrl { get; init; }
    public string? AccountUrl { get; init; }
    public string? Container { get; init; }
    public string? Prefix { get; init; }

    public override SinkReport Masked() => new()
    {
        Type = Type,
        ContainerUrl = ContainerUrl is null ? null : Secrets.MaskUrl(ContainerUrl),
        AccountUrl = AccountUrl,
        Container = Container,
        Prefix = Prefix,
    };

    public override IEnumerable<string> SecretValues() => ContainerUrl is null ? [] : Secrets.InUrl(ContainerUrl);
}

/// <summary>
/// The <c>sink</c> of a result: the target, partially obfuscated, and how its delivery went — <c>pending</c> (not yet
/// delivered; <see cref="Attempts"/> and <see cref="LastError"/> tell of tries so far), <c>delivered</c> or
/// <c>failed</c> (every attempt failed; the result itself is kept and readable).
/// </summary>
public sealed record SinkReport
{
    public required string Type { get; init; }
    public string? Status { get; init; }
    public int? Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public string? Url { get; init; }
    public Dictionary<string, string>? Headers { get; init; }
    public string? Bucket { get; init; }
    public string? Region { get; init; }
    public string? Prefix { get; init; }
    public string? Endpoint { get; init; }
    public string? AccessKeyId { get; init; }
    public string? SecretAccessKey { get; init; }
    public string? ContainerUrl { get; init; }
    public string? AccountUrl { get; init; }
    public string? Container { get; init; }
}

public static class SinkStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
