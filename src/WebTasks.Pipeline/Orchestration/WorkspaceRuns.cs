using Microsoft.DurableTask.Entities;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>What <see cref="WorkspaceRuns.Enter"/> answers a run.</summary>
public enum Admission
{
    /// <summary>The workspace already has as many runs waiting as it may: the run does not start.</summary>
    Refused,

    /// <summary>In the queue: its key is another run's, or every slot is taken. It is woken when that changes.</summary>
    Waiting,

    /// <summary>It runs now: its key is its own and it holds one of the workspace's slots until it leaves.</summary>
    Running,
}

/// <summary>
/// A run in the queue or running, and when its place lapses: <see cref="Hold"/> after it last asked (waiting) or after
/// it was admitted (running), unless it leaves first.
/// </summary>
public sealed record QueuedRun(string InstanceId, string ReuseKey, TimeSpan Hold, DateTimeOffset Until);

/// <summary>
/// Which runs of a workspace run and which wait, in the order they asked. A run is admitted when no run holds its key
/// and a slot is free; a waiting run on a key blocks the later runs on that key only, so runs on other keys pass it.
/// Every operation is idempotent per run: a request sent twice (a host died after sending it, and the episode that sent
/// it ran again on another host, under another request id) leaves one place in the queue, never a second turn.
/// </summary>
public sealed class WorkspaceRunsState
{
    public List<QueuedRun> Running { get; set; } = [];

    public List<QueuedRun> Waiting { get; set; } = [];

    /// <summary>The slot count the last claim gave (the settings of a workspace can change between runs).</summary>
    public int Slots { get; set; } = 1;

    public Admission Enter(RunClaim claim, DateTimeOffset now)
    {
        Slots = Math.Max(1, claim.Slots);
        Lapse(now);
        if (Running.Any(r => r.InstanceId == claim.InstanceId))
        {
            return Admission.Running;
        }

        var place = new QueuedRun(claim.InstanceId, claim.ReuseKey, claim.Hold, now + claim.Hold);
        var index = Waiting.FindIndex(r => r.InstanceId == claim.InstanceId);
        if (index >= 0)
        {
            Waiting[index] = place;
        }
        else if (claim.MaxWaiting > 0 && Running.Count + Waiting.Count >= Slots + claim.MaxWaiting)
        {
            return Admission.Refused;
        }
        else
        {
            Waiting.Add(place);
        }

        Admit(now);
        return Running.Any(r => r.InstanceId == claim.InstanceId) ? Admission.Running : Admission.Waiting;
    }

    /// <summary>The run leaves (ended, or its orchestration is gone); answers the runs admitted in its place.</summary>
    public IReadOnlyList<string> Leave(string instanceId, DateTimeOffset now)
    {
        Running.RemoveAll(r => r.InstanceId == instanceId);
        Waiting.RemoveAll(r => r.InstanceId == instanceId);
        Lapse(now);
        return Admit(now);
    }

    private void Lapse(DateTimeOffset now)
    {
        Running.RemoveAll(r => r.Until <= now);
        Waiting.RemoveAll(r => r.Until <= now);
    }

    /// <summary>Admits waiting runs in order while slots are free.</summary>
    private List<string> Admit(DateTimeOffset now)
    {
        var admitted = new List<string>();
        var busyKeys = Running.Select(r => r.ReuseKey).ToHashSet(StringComparer.Ordinal);
        foreach (var run in Waiting.ToList())
        {
            if (Running.Count >= Slots)
            {
                break;
            }

            if (busyKeys.Add(run.ReuseKey))
            {
                Waiting.Remove(run);
                Running.Add(run with { Until = now + run.Hold });
                admitted.Add(run.InstanceId);
            }
        }

        return admitted;
    }
}

/// <summary>
/// The workspace's queue of runs: one entity per workspace (same-key runs never overlap, a workspace runs at most its
/// limit at once, and past the bound of waiting runs a run is refused). A run admitted while it waits is woken by the
/// run that left (<see cref="TurnEvent"/>); a run whose orchestration ended without leaving (terminated, purged) is made
/// to leave by the sweep (<see cref="EndedRuns"/>), and lapses at its hold anyway. Entities are not replayed: reading
/// the clock here is fine.
/// </summary>
public sealed class WorkspaceRuns : TaskEntity<WorkspaceRunsState>
{
    /// <summary>The event a run that leaves sends to each run admitted in its place: it admits the run it wakes.</summary>
    public const string TurnEvent = "WorkspaceRuns.Turn";

    public static EntityInstanceId For(string workspaceId) => new(nameof(WorkspaceRuns), workspaceId);

    public Admission Enter(RunClaim claim) => State.Enter(claim, DateTimeOffset.UtcNow);

    public IReadOnlyList<string> Leave(string instanceId) => State.Leave(instanceId, DateTimeOffset.UtcNow);
}
