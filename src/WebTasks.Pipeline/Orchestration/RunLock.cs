using Microsoft.DurableTask.Entities;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>
/// A lock and nothing else: orchestrations lock it with <c>LockEntitiesAsync</c> and the framework grants it to one
/// critical section at a time, in the order requests arrive. One per reuse key (same-key runs never overlap) and one
/// per workspace slot (a workspace runs at most its limit at once). It has no operations of its own.
/// </summary>
public sealed class RunLock : TaskEntity<object?>
{
    public static EntityInstanceId ForKey(string workspaceId, string reuseKey) => new(nameof(RunLock), $"key:{workspaceId}/{reuseKey}");

    public static EntityInstanceId ForSlot(string workspaceId, int slot) => new(nameof(RunLock), $"slot:{workspaceId}/{slot}");
}
