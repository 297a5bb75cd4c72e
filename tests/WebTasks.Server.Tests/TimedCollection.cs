namespace WebTasks.Server.Tests;

/// <summary>
/// Tests whose assertions depend on time (leases and visibility timeouts, deadlines, how many runs overlap, a host
/// killed mid-run): they run one class at a time with nothing beside them, so another class's load cannot move them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "Timed";
}
