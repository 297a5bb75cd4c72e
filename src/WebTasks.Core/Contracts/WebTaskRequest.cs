using System.Text.Json.Nodes;

namespace WebTasks.Core.Contracts;

/// <summary>A validated start request, as stored with the task.</summary>
public sealed record WebTaskRequest
{
    public required string Task { get; init; }
    public string? StartUrl { get; init; }
    public JsonObject Parameters { get; init; } = [];
    public JsonObject? OutputSchema { get; init; }
    public string? ReuseKey { get; init; }
    public required string Model { get; init; }
    public string? Proxy { get; init; }

    /// <summary>The captured browser session (wta_…) the run starts logged in with.</summary>
    public string? Auth { get; init; }
    public ResultSink? Sink { get; init; }
}
