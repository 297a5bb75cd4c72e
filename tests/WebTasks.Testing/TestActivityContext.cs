using Microsoft.DurableTask;

namespace WebTasks.Testing;

/// <summary>What the engine passes an activity: its name and its orchestration's id.</summary>
public sealed class TestActivityContext(string name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
