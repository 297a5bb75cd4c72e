using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Entities;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Functions;

/// <summary>
/// Thin triggers over the durable classes the self-host runs too (the list is <c>DurableFunctions.All</c>); each only
/// hands the engine's call to the shared class, in the shape the Durable Task source generator would emit.
/// </summary>
public static class DurableTriggers
{
    [Function(nameof(WebTaskOrchestrator))]
    public static Task<string> WebTaskOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new WebTaskOrchestrator().RunAsync(context, context.GetInput<WebTaskInput>()!);

    [Function(nameof(CheckEligibility))]
    public static Task<EligibilityVerdict> CheckEligibilityAsync([ActivityTrigger] WebTaskInput input, string instanceId, FunctionContext function) =>
        Activity<CheckEligibility>(function).RunAsync(new FunctionActivityContext(nameof(CheckEligibility), instanceId), input);

    [Function(nameof(TakeKeyTurn))]
    public static Task<KeyTurn> TakeKeyTurnAsync(
        [ActivityTrigger] KeyTurnRequest input, [DurableClient] DurableTaskClient durable, string instanceId, FunctionContext function) =>
        ActivatorUtilities.CreateInstance<TakeKeyTurn>(function.InstanceServices, durable).RunAsync(new FunctionActivityContext(nameof(TakeKeyTurn), instanceId), input);

    [Function(nameof(RunTask))]
    public static Task<RunOutcome> RunTaskAsync([ActivityTrigger] RunTaskInput input, string instanceId, FunctionContext function) =>
        Activity<RunTask>(function).RunAsync(new FunctionActivityContext(nameof(RunTask), instanceId), input);

    [Function(nameof(SaveBundle))]
    public static Task<SavedRevision?> SaveBundleAsync([ActivityTrigger] SaveBundleInput input, string instanceId, FunctionContext function) =>
        Activity<SaveBundle>(function).RunAsync(new FunctionActivityContext(nameof(SaveBundle), instanceId), input);

    [Function(nameof(DeliverResult))]
    public static Task<bool> DeliverResultAsync([ActivityTrigger] DeliverInput input, string instanceId, FunctionContext function) =>
        Activity<DeliverResult>(function).RunAsync(new FunctionActivityContext(nameof(DeliverResult), instanceId), input);

    [Function(nameof(DeliverToSink))]
    public static Task<bool> DeliverToSinkAsync([ActivityTrigger] SinkAttempt input, string instanceId, FunctionContext function) =>
        Activity<DeliverToSink>(function).RunAsync(new FunctionActivityContext(nameof(DeliverToSink), instanceId), input);

    [Function(nameof(WorkspaceRuns))]
    public static Task WorkspaceRunsAsync([EntityTrigger] TaskEntityDispatcher dispatcher) => dispatcher.DispatchAsync<WorkspaceRuns>();

    /// <summary>Releases the keys and slots of runs whose orchestrations were terminated or purged while they ran.</summary>
    [Function("SweepEndedRuns")]
    public static Task SweepEndedRunsAsync([TimerTrigger("*/30 * * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient durable, FunctionContext function) =>
        EndedRuns.ReleaseAsync(durable, function.CancellationToken);

    private static T Activity<T>(FunctionContext function)
        where T : notnull => function.InstanceServices.GetRequiredService<T>();

    private sealed class FunctionActivityContext(string name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name { get; } = name;

        public override string InstanceId { get; } = instanceId;
    }
}
