namespace WebTasks.Server.Tests;

/// <summary>
/// Tests whose assertions depend on time (leases and visibility timeouts, deadlines, how many runs overlap, a host
/// killed mid-run): they run one class at a time with no other class of the service's beside them, so another
/// service's queues and leases cannot move them. Each also carries the trait <see cref="Trait"/>, by which the test
/// script runs them on their own, after the others (<c>dotnet test --filter Timed=true</c>). The planner's tests may
/// run beside them, keeping both cores busy: the margins here (minutes for a lease to pass, 5 s for a result read,
/// 15 s for a run past a 3 s deadline) are wide enough for that.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "Timed";

    public const string Trait = "Timed";
}
