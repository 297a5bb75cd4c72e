using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Pipeline;

public enum DurableKind
{
    Orchestrator,
    Activity,
    Entity,
}

/// <summary>A durable function: its name (the class's), its kind and the class that does the work.</summary>
public sealed record DurableFunction(string Name, DurableKind Kind, Type Type);

/// <summary>
/// The one list of durable functions. The self-host registers exactly these with its worker; the Functions app has a
/// thin trigger for each, and a test checks its published functions.metadata against this list.
/// </summary>
public static class DurableFunctions
{
    public static readonly IReadOnlyList<DurableFunction> All =
    [
        new(nameof(WebTaskOrchestrator), DurableKind.Orchestrator, typeof(WebTaskOrchestrator)),
        new(nameof(CheckEligibility), DurableKind.Activity, typeof(CheckEligibility)),
        new(nameof(TakeKeyTurn), DurableKind.Activity, typeof(TakeKeyTurn)),
        new(nameof(RunTask), DurableKind.Activity, typeof(RunTask)),
        new(nameof(SaveBundle), DurableKind.Activity, typeof(SaveBundle)),
        new(nameof(DeliverResult), DurableKind.Activity, typeof(DeliverResult)),
        new(nameof(DeliverToSink), DurableKind.Activity, typeof(DeliverToSink)),
        new(nameof(WorkspaceRuns), DurableKind.Entity, typeof(WorkspaceRuns)),
    ];
}
