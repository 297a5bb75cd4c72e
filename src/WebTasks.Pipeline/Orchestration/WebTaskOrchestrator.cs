using Microsoft.DurableTask;
using Microsoft.DurableTask.Entities;
using Microsoft.Extensions.Logging;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Activities;

namespace WebTasks.Pipeline.Orchestration;

/// <summary>
/// One web task, start to end: eligibility and a place in the workspace's queue → admitted (its key free, a slot
/// free) → the key's turn and its current revision → run it (saved script, agent or planner, verified) → save only a
/// verified new script of a successful run → deliver the result (a run with nothing to save delivers its own) → leave
/// the queue, waking the runs admitted in its place → the sink, if any.
/// The run leaves however it ends, so a failed run never keeps its key. Durable Task replays this code: it only calls,
/// never does I/O itself.
/// </summary>
public sealed class WebTaskOrchestrator : TaskOrchestrator<WebTaskInput, string>
{
    /// <summary>Storage hiccups: activities are idempotent, so trying again is safe.</summary>
    private static readonly TaskOptions Steady = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(1), backoffCoefficient: 2));

    /// <summary>The browser run catches what a script or a site can do; what still escapes it is tried once more.</summary>
    private static readonly TaskOptions Run = TaskOptions.FromRetryPolicy(new RetryPolicy(2, TimeSpan.FromSeconds(2)));

    /// <summary>How often a run admitted while another run still has its key's turn looks again.</summary>
    private static readonly TimeSpan TurnPoll = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a waiting run first waits to be woken before it asks the queue again, and the longest it waits later
    /// (twice as long each time): a wake-up is lost only when the run that left was made to leave by the sweep or a
    /// cancel, or its host died between leaving and waking it, so asking is rare where many runs wait long.
    /// </summary>
    private static readonly (TimeSpan First, TimeSpan Longest) AdmissionPoll = (TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, WebTaskInput input)
    {
        // The rules and the place in the queue do not depend on each other: both are asked for at once.
        var queue = WorkspaceRuns.For(input.WorkspaceId);
        var settings = input.Settings;
        var claim = new RunClaim(context.InstanceId, input.ReuseKey, settings.WorkspaceConcurrency, settings.MaxWaitingRuns, settings.RunTimeout * 2);
        var eligibility = context.CallActivityAsync<EligibilityVerdict>(nameof(CheckEligibility), input, Steady);
        var entered = context.Entities.CallEntityAsync<Admission>(queue, nameof(WorkspaceRuns.Enter), claim);
        var verdict = await eligibility;
        var admission = await entered;
        RunOutcome outcome;
        try
        {
            outcome = !verdict.Allowed ? await DeliverAsync(context, input, new RunOutcome(Completion.Failed(FailureCodes.Rejected, verdict.Reason!), null, null))
                : await WaitForAdmissionAsync(context, queue, claim, admission) == Admission.Refused ? await DeliverAsync(context, input, new RunOutcome(Backlogged(settings), null, null))
                : await RunAdmittedAsync(context, input, await TakeKeyTurnAsync(context, input));
        }
        finally
        {
            foreach (var next in await context.Entities.CallEntityAsync<string[]>(queue, nameof(WorkspaceRuns.Leave), context.InstanceId))
            {
                context.SendEvent(next, WorkspaceRuns.TurnEvent, input.WorkspaceId);
            }
        }

        if (input.HasSink)
        {
            await DeliverToSinkAsync(context, input);
        }

        return outcome.Completion.Success ? WebTaskOutcome.Success : WebTaskOutcome.Failed;
    }

    private static Completion Backlogged(RunSettings settings) => Completion.Failed(
        FailureCodes.WorkspaceRateLimited,
        $"The workspace already has {settings.WorkspaceConcurrency} runs in flight and {settings.MaxWaitingRuns} waiting for a turn; " +
        "start this task again when some have completed (the bound is WebTasks:Pipeline:MaxWaitingRuns).");

    /// <summary>
    /// Waits in the queue until the run is admitted (or refused): woken by a run that leaves, which is sent only to the
    /// runs the queue admitted in its place (so being woken is being admitted: asking again would cost two more
    /// messages through storage on every handover of a busy key), and asking again now and then
    /// (<see cref="AdmissionPoll"/>). Asking again is safe: the queue keeps one place per run.
    /// </summary>
    private static async Task<Admission> WaitForAdmissionAsync(TaskOrchestrationContext context, EntityInstanceId queue, RunClaim claim, Admission admission)
    {
        for (var poll = AdmissionPoll.First; admission == Admission.Waiting; poll = Doubled(poll, AdmissionPoll.Longest))
        {
            try
            {
                await context.WaitForExternalEvent<string>(WorkspaceRuns.TurnEvent, poll);
                return Admission.Running;
            }
            catch (TaskCanceledException)
            {
                // Not woken within the poll: ask.
            }

            admission = await context.Entities.CallEntityAsync<Admission>(queue, nameof(WorkspaceRuns.Enter), claim);
        }

        return admission;
    }

    /// <summary>
    /// A run can be admitted while another still runs its key after a host dies (see <c>KeyTurnStore</c>); the turn is
    /// the fence: a run that finds another still running its key waits for it (or for its turn to lapse) before it
    /// reads the script.
    /// </summary>
    private static async Task<BundleRef?> TakeKeyTurnAsync(TaskOrchestrationContext context, WebTaskInput input)
    {
        var logger = context.CreateReplaySafeLogger<WebTaskOrchestrator>();
        while (true)
        {
            var until = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero) + (input.Settings.RunTimeout * 2);
            var turn = await context.CallActivityAsync<KeyTurn>(nameof(TakeKeyTurn), new KeyTurnRequest(input, until), Steady);
            if (turn.HeldBy is null)
            {
                return turn.Bundle;
            }

            logger.LogWarning("Web task {WebTaskId} was admitted on key '{ReuseKey}' while run {Holder} still has its turn; waiting for it", input.WebTaskId, input.ReuseKey, turn.HeldBy);
            await context.CreateTimer(TurnPoll, CancellationToken.None);
        }
    }

    private static async Task<RunOutcome> RunAdmittedAsync(TaskOrchestrationContext context, WebTaskInput input, BundleRef? bundle)
    {
        var deadline = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero) + input.Settings.RunTimeout;
        RunOutcome run;
        try
        {
            run = await context.CallActivityAsync<RunOutcome>(nameof(RunTask), new RunTaskInput(input, bundle, deadline), Run);
        }
        catch (TaskFailedException ex)
        {
            run = new RunOutcome(
                Completion.Failed(FailureCodes.InternalError, "The run failed: " + ex.FailureDetails.ErrorMessage) with
                {
                    Used = bundle is not null,
                    RevisionId = bundle?.RevisionId,
                    RevisionTimestamp = bundle?.RevisionTimestamp,
                },
                null,
                null);
        }

        if (run is { Completion.Success: true, Script: { } script })
        {
            var saved = await context.CallActivityAsync<SavedRevision?>(nameof(SaveBundle), new SaveBundleInput(input, script, bundle), Steady);
            run = run with
            {
                Completion = saved is null
                    ? run.Completion with { Created = false, Updated = false }
                    : run.Completion with { RevisionId = saved.RevisionId, RevisionTimestamp = saved.RevisionTimestamp },
            };
        }

        return run.Delivered ? run : await DeliverAsync(context, input, run);
    }

    private static async Task<RunOutcome> DeliverAsync(TaskOrchestrationContext context, WebTaskInput input, RunOutcome outcome)
    {
        await context.CallActivityAsync(nameof(DeliverResult), new DeliverInput(input, outcome), Steady);
        return outcome;
    }

    /// <summary>
    /// At least once, with exponential backoff between attempts (durable timers: a restart resumes the schedule); each
    /// attempt is recorded on the task, and a sink that never takes the result is given up on with <c>failed</c>.
    /// </summary>
    private static async Task DeliverToSinkAsync(TaskOrchestrationContext context, WebTaskInput input)
    {
        var settings = input.Settings;
        var delay = settings.SinkFirstRetry;
        for (var attempt = 1; attempt <= settings.SinkAttempts; attempt++)
        {
            if (await context.CallActivityAsync<bool>(nameof(DeliverToSink), new SinkAttempt(input, attempt), Steady))
            {
                return;
            }

            if (attempt < settings.SinkAttempts)
            {
                await context.CreateTimer(delay, CancellationToken.None);
                delay = Doubled(delay, settings.SinkMaxRetry);
            }
        }
    }

    /// <summary>The next wait of an exponential backoff: twice <paramref name="delay"/>, at most <paramref name="longest"/>.</summary>
    private static TimeSpan Doubled(TimeSpan delay, TimeSpan longest) => delay * 2 < longest ? delay * 2 : longest;
}
