namespace WebTasks.Server.Tests;

/// <summary>
/// Tests whose assertions depend on time (leases and visibility timeouts, deadlines, how many runs overlap, a host
/// killed mid-run): they run one class at a time with nothing beside them, so another class's load cannot move them.
/// Each also carries the trait <see cref="Trait"/>, by which the test script runs them on their own, after everything
/// else (<c>dotnet test --filter Timed=true</c>), while the others run beside the planner's tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "Timed";

    public const string Trait = "Timed";
}
