using Microsoft.DurableTask.Entities;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>A slot given to a run, until the run returns it or its claim lapses.</summary>
public sealed record HeldSlot(int Slot, DateTimeOffset Until);

/// <summary>Which slot each run of a workspace holds.</summary>
public sealed class SlotsState
{
    public Dictionary<string, HeldSlot> Held { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Hands out a workspace's slots (0 … limit−1), least used first, so that runs on different keys spread over them and
/// queue on a slot's lock only when every slot is busy; past the bound of waiting runs, a claim is refused. A claim never returned (its orchestration was terminated)
/// lapses at its deadline. Entities are not replayed: reading the clock here is fine.
/// </summary>
public sealed class WorkspaceSlots : TaskEntity<SlotsState>
{
    /// <summary>What <see cref="Take"/> answers when the workspace already has as many runs waiting as it may.</summary>
    public const int Refused = -1;

    public static EntityInstanceId For(string workspaceId) => new(nameof(WorkspaceSlots), workspaceId);

    public int Take(SlotClaim claim)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var lapsed in State.Held.Where(h => h.Value.Until <= now).Select(h => h.Key).ToList())
        {
            State.Held.Remove(lapsed);
        }

        if (State.Held.TryGetValue(claim.InstanceId, out var existing))
        {
            return existing.Slot;
        }

        if (claim.MaxWaiting > 0 && State.Held.Count >= claim.Slots + claim.MaxWaiting)
        {
            return Refused;
        }

        var load = new int[claim.Slots];
        foreach (var held in State.Held.Values.Where(h => h.Slot < claim.Slots))
        {
            load[held.Slot]++;
        }

        var slot = Array.IndexOf(load, load.Min());
        State.Held[claim.InstanceId] = new HeldSlot(slot, claim.Until);
        return slot;
    }

    public void Return(string instanceId) => State.Held.Remove(instanceId);
}
