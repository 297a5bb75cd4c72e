using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Reuse;

/// <summary>A reuse key: points at its current revision. PartitionKey workspace, RowKey the key.</summary>
public sealed class ReuseKeyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RevisionId { get; set; } = "";
    public DateTimeOffset RevisionTimestamp { get; set; }
    public string Author { get; set; } = "";
    public string? SourceWebTaskId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int RevisionCount { get; set; }
}

/// <summary>An immutable revision of a key's script. PartitionKey "{workspace}|{key}", RowKey the revision id.</summary>
public sealed class RevisionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string Author { get; set; } = "";
    public string? SourceWebTaskId { get; set; }
    public string? RestoredFrom { get; set; }
    public string? PreviousRevisionId { get; set; }
    public string CodeBlob { get; set; } = "";
    public string? OutputSchema { get; set; }
}

/// <summary>A reuse key's turn: the run that has it, and when it lapses. PartitionKey workspace, RowKey the key.</summary>
public sealed class KeyTurnEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string WebTaskId { get; set; } = "";
    public DateTimeOffset Until { get; set; }
}

/// <summary>A revision with its code, as a run or the API needs it.</summary>
public sealed record Revision(
    string Key,
    string RevisionId,
    DateTimeOffset CreatedAt,
    string Author,
    string? SourceWebTaskId,
    string? RestoredFrom,
    string? PreviousRevisionId,
    string Code,
    string? OutputSchema);
