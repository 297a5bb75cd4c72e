using WebTasks.Core.Options;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>
/// What the orchestration of one web task is started with. The request itself stays in storage (activities load it);
/// the settings travel with the input so that the orchestrator depends on nothing and replays the same way.
/// </summary>
public sealed record WebTaskInput(string WorkspaceId, string WebTaskId, string ReuseKey, bool HasSink, RunSettings Settings);

/// <summary>The settings a run's orchestration follows, fixed when the task is accepted.</summary>
/// <param name="MaxWaitingRuns">Runs that may wait beyond <paramref name="WorkspaceConcurrency"/> (0, as in inputs written before it existed: no bound).</param>
public sealed record RunSettings(
    TimeSpan RunTimeout, int WorkspaceConcurrency, int SinkAttempts, TimeSpan SinkFirstRetry, TimeSpan SinkMaxRetry, int MaxWaitingRuns = 0)
{
    public static RunSettings From(WebTasksOptions options) => new(
        options.Pipeline.RunTimeout,
        Math.Max(1, options.Pipeline.WorkspaceConcurrency),
        Math.Max(1, options.Sinks.MaxAttempts),
        options.Sinks.FirstRetryDelay,
        options.Sinks.MaxRetryDelay,
        Math.Max(0, options.Pipeline.MaxWaitingRuns));
}

public sealed record EligibilityVerdict(bool Allowed, string? Reason);

/// <summary>A run asking for its reuse key's turn, to hold until <see cref="Until"/> at the latest.</summary>
public sealed record KeyTurnRequest(WebTaskInput Task, DateTimeOffset Until);

/// <summary>
/// The answer to <see cref="KeyTurnRequest"/>: the run that still has the key's turn, or (<see cref="HeldBy"/> null)
/// the turn is this run's and <see cref="Bundle"/> is the revision the key runs now (null: none yet).
/// </summary>
public sealed record KeyTurn(string? HeldBy, BundleRef? Bundle);

/// <summary>The revision a run loaded: recorded in the orchestration's history, so a retried run uses the same one.</summary>
public sealed record BundleRef(string RevisionId, DateTimeOffset RevisionTimestamp, string Author);

public sealed record RunTaskInput(WebTaskInput Task, BundleRef? Bundle, DateTimeOffset Deadline);

/// <summary>A script the run wrote (planner or agent) and verified by replaying it; saved only if the run succeeds.</summary>
public sealed record NewScript(string Code, string? OutputSchema, string Author);

/// <summary>How a run ended, everything the task record needs to be completed. The data itself is in storage.</summary>
public sealed record Completion
{
    public required bool Success { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public bool Used { get; init; }
    public bool Created { get; init; }
    public bool Updated { get; init; }
    public string? RevisionId { get; init; }
    public DateTimeOffset? RevisionTimestamp { get; init; }
    public decimal AiUsd { get; init; }

    public static Completion Failed(string code, string message) => new() { Success = false, ErrorCode = code, ErrorMessage = message };
}

/// <summary>
/// What the Playwright activity returns: the completion, a new script to save (if any) and where its trace went.
/// <see cref="Delivered"/>: the run had nothing to save and completed the task record itself, a step sooner.
/// </summary>
public sealed record RunOutcome(Completion Completion, NewScript? Script, string? TraceBlob, bool Delivered = false);

/// <summary>A verified new script to save, and the revision the run built it on (<see cref="BuiltOn"/>: null on an empty key).</summary>
public sealed record SaveBundleInput(WebTaskInput Task, NewScript Script, BundleRef? BuiltOn = null);

public sealed record SavedRevision(string RevisionId, DateTimeOffset RevisionTimestamp);

public sealed record DeliverInput(WebTaskInput Task, RunOutcome Outcome);

/// <summary>One attempt (from 1) at delivering to the task's sink; the last one records the delivery as failed when it fails.</summary>
public sealed record SinkAttempt(WebTaskInput Task, int Attempt);

/// <summary>
/// A run asking to run (<see cref="WorkspaceRuns.Enter"/>): its key, the workspace's limits as its settings give them,
/// and how long its place holds without a word from it (it lapses after <see cref="Hold"/>, as when it was terminated).
/// </summary>
public sealed record RunClaim(string InstanceId, string ReuseKey, int Slots, int MaxWaiting, TimeSpan Hold);
