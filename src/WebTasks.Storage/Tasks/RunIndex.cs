using System.Text;
using Azure;
using Azure.Data.Tables;
using WebTasks.Core.Contracts;

namespace WebTasks.Storage.Tasks;

/// <summary>
/// The newest-first index of a workspace's runs: a second row per web task in the task's own partition (so it is
/// written in one transaction with the task), whose RowKey starts with the inverted creation ticks. It copies what
/// a list shows and filters on, so a page is one range query.
/// </summary>
public sealed class RunIndexEntity : ITableEntity
{
    public const string RowKeyPrefix = "run_";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string WebTaskId { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Outcome { get; set; }
    public string? ErrorCode { get; set; }
    public string ReuseKey { get; set; } = "";
    public string Model { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public double AiUsd { get; set; }
    public double ComputeHours { get; set; }
    public bool HasTrace { get; set; }

    /// <summary>Newer runs sort first: the RowKey counts down from the largest date.</summary>
    public static string RowKeyFor(WebTaskEntity task) =>
        $"{RowKeyPrefix}{DateTimeOffset.MaxValue.UtcTicks - task.CreatedAt.UtcTicks:D19}_{task.RowKey}";

    public static RunIndexEntity From(WebTaskEntity task) => new()
    {
        PartitionKey = task.PartitionKey,
        RowKey = RowKeyFor(task),
        WebTaskId = task.RowKey,
        Status = task.Status,
        Outcome = task.Outcome,
        ErrorCode = task.ErrorCode,
        ReuseKey = task.ReuseKey,
        Model = task.Model,
        CreatedAt = task.CreatedAt,
        StartedAt = task.StartedAt,
        CompletedAt = task.CompletedAt,
        AiUsd = task.AiUsd,
        ComputeHours = task.ComputeHours,
        HasTrace = task.TraceBlob is not null,
    };
}

/// <summary>Which runs a list asks for; null fields match every run.</summary>
public sealed record RunFilter(string? Status = null, string? Outcome = null, string? ReuseKey = null);

/// <summary>One page of runs, newest first, and the token for the next page (null on the last).</summary>
public sealed record RunPage(IReadOnlyList<RunIndexEntity> Runs, string? ContinuationToken);

/// <summary>Reads the index: filters are applied by the table service, pages continue after the last row returned.</summary>
public sealed class RunIndex(StorageAccount account)
{
    private readonly TableClient _table = account.TaskTable;

    public async Task<RunPage> ListAsync(string workspaceId, RunFilter filter, int limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var after = continuationToken is null ? null : DecodeToken(continuationToken);
        var query = _table.QueryAsync<RunIndexEntity>(Filter(workspaceId, filter, after), maxPerPage: limit, cancellationToken: cancellationToken);
        var runs = new List<RunIndexEntity>(limit);
        await foreach (var run in query)
        {
            runs.Add(run);
            if (runs.Count == limit)
            {
                break;
            }
        }

        // A full page may be the last one; the next request then answers an empty page without a token.
        return new RunPage(runs, runs.Count == limit ? EncodeToken(runs[^1].RowKey) : null);
    }

    private static string Filter(string workspaceId, RunFilter filter, string? after)
    {
        var clauses = new List<string>
        {
            TableClient.CreateQueryFilter($"PartitionKey eq {workspaceId}"),
            after is null
                ? TableClient.CreateQueryFilter($"RowKey ge {RunIndexEntity.RowKeyPrefix}")
                : TableClient.CreateQueryFilter($"RowKey gt {after}"),

            // '`' is the character after '_': the end of the index's range.
            TableClient.CreateQueryFilter($"RowKey lt {RunIndexEntity.RowKeyPrefix[..^1] + "`"}"),
        };
        if (filter.Status is { } status)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Status eq {status}"));
        }

        if (filter.Outcome is { } outcome)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Outcome eq {outcome}"));
        }

        if (filter.ReuseKey is { } key)
        {
            clauses.Add(TableClient.CreateQueryFilter($"ReuseKey eq {key}"));
        }

        return string.Join(" and ", clauses);
    }

    private static string EncodeToken(string rowKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(rowKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string DecodeToken(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var rowKey = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            return rowKey.StartsWith(RunIndexEntity.RowKeyPrefix, StringComparison.Ordinal) ? rowKey : throw InvalidToken();
        }
        catch (FormatException)
        {
            throw InvalidToken();
        }
    }

    private static BadRequestException InvalidToken() =>
        new("'continuationToken' is not one this service issued: pass the continuationToken of the previous page as it is.");
}
