using Azure.Storage.Blobs;
using WebTasks.Core.Contracts;

namespace WebTasks.Pipeline.Sinks;

/// <summary>What a sink receives: the result body (as GET …/result answers it) and, for a file result, its content.</summary>
/// <param name="DataFile">The result file (the whole data as JSON) when the result is a file; null for inline data.</param>
public sealed record SinkPayload(string WorkspaceId, string WebTaskId, string ResultJson, BlobClient? DataFile)
{
    /// <summary>The object name the result goes to under a sink's prefix: "{prefix}/{webTaskId}.json".</summary>
    public string ObjectName(string? prefix, string suffix = ".json") =>
        (string.IsNullOrEmpty(prefix) ? "" : prefix.TrimEnd('/') + "/") + WebTaskId + suffix;

    /// <summary>The result file's content goes next to the result, as "{webTaskId}.data.json".</summary>
    public const string DataSuffix = ".data.json";
}

/// <summary>Delivers a payload to one kind of sink; anything that stops the delivery throws <see cref="SinkDeliveryException"/>.</summary>
public interface ISinkWriter
{
    string Type { get; }

    Task WriteAsync(ResultSink sink, SinkPayload payload, CancellationToken cancellationToken);
}

/// <summary>Why a delivery failed, in words fit for the result's <c>sink.lastError</c> (no secrets).</summary>
public sealed class SinkDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
