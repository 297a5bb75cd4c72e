using System.Text.Json.Nodes;

namespace WebTasks.Core.Contracts;

/// <summary>GET web-tasks (ours): the workspace's runs, newest first; pass <c>continuationToken</c> back for the next page.</summary>
public sealed record WebTaskListResponse(IReadOnlyList<WebTaskSummary> WebTasks, string? ContinuationToken);

/// <summary>One run as a list shows it; cost and timings as in the result.</summary>
public sealed record WebTaskSummary(
    string WebTaskId,
    string Status,
    string? Outcome,
    string? ErrorCode,
    string ReuseKey,
    string Model,
    CostInfo Cost,
    Timings Timings,
    bool HasTrace);

/// <summary>GET web-tasks/{webTaskId}/request (ours): what the run was started with, its secrets masked (a sink is shown by the result).</summary>
public sealed record WebTaskRequestResponse(
    string WebTaskId,
    string Task,
    string? StartUrl,
    JsonObject Parameters,
    JsonObject? OutputSchema,
    string ReuseKey,
    string Model,
    string? Proxy,
    string? Auth);

/// <summary>POST output-schemas/validate (ours): whether a start request would accept the schema, and why not.</summary>
public sealed record OutputSchemaValidation(bool Valid, IReadOnlyList<string> Errors);

/// <summary>How a run's cost and timings are reported, the same in its result and in lists.</summary>
public static class RunFigures
{
    public static Timings Timings(DateTimeOffset createdAt, DateTimeOffset? startedAt, DateTimeOffset? completedAt) =>
        new(createdAt, startedAt, completedAt, startedAt is { } s && completedAt is { } c ? (long)(c - s).TotalMilliseconds : null);

    public static CostInfo Cost(double aiUsd, double computeHours) => new(Math.Round((decimal)aiUsd, 6), new ComputeCost(Math.Round(computeHours, 8)));
}
