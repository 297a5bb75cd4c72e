using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Tasks;

/// <summary>
/// One web task as the API reads it: its request, its status and, once completed, its result. The orchestration
/// (Durable Task) keeps the run's own progress; this record is what it reports.
/// PartitionKey is the workspace, RowKey the web task id.
/// </summary>
public sealed class WebTaskEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Status { get; set; } = "";
    public string? Outcome { get; set; }

    /// <summary>The request as JSON, or null when it lives in the payload blob.</summary>
    public string? Request { get; set; }
    public string ReuseKey { get; set; } = "";
    public string Model { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public bool ReuseUsed { get; set; }
    public bool ReuseCreated { get; set; }
    public bool ReuseUpdated { get; set; }
    public string? RevisionId { get; set; }
    public DateTimeOffset? RevisionTimestamp { get; set; }

    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }

    /// <summary>The stored result as JSON, or null when it lives in the payload blob.</summary>
    public string? Result { get; set; }

    public double AiUsd { get; set; }
    public double ComputeHours { get; set; }
    public string? TraceBlob { get; set; }

    /// <summary>The sink as the result shows it (secrets masked), as JSON; null when the task has none.</summary>
    public string? Sink { get; set; }
    public string? SinkStatus { get; set; }
    public int SinkAttempts { get; set; }
    public string? SinkLastError { get; set; }
    public DateTimeOffset? SinkDeliveredAt { get; set; }
}
