using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Results;

/// <summary>Builds the public answer for a task (GET …/result and the webhook body); links are minted afresh each time.</summary>
public sealed class ResultReader(TaskStore tasks, ResultStore results, FileStore files, AttachmentLinks links, CompletionSignals signals, IHostApplicationLifetime lifetime)
{
    /// <summary>The longest a read may wait for completion (GET …/result?wait=).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    /// <summary>How often a waiting read looks at storage again, for completions made by another host.</summary>
    private static readonly TimeSpan Reread = TimeSpan.FromMilliseconds(500);

    /// <summary>A task scheduled this long ago with no orchestration never got one (its host stopped in between).</summary>
    private static readonly TimeSpan NeverScheduled = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The task's answer. A task whose record is not completed but whose orchestration has ended (terminated, or
    /// failed past every retry) or never existed is completed as failed now, so no task stays pending forever.
    /// </summary>
    public async Task<WebTaskResultResponse?> ReadAsync(string workspaceId, string webTaskId, DurableTaskClient durable, CancellationToken cancellationToken) =>
        await SettleAsync(workspaceId, webTaskId, durable, cancellationToken) is { } task ? await BuildAsync(task, cancellationToken) : null;

    /// <summary>The task's record, completed as failed first when its orchestration has ended without completing it.</summary>
    public async Task<WebTaskEntity?> SettleAsync(string workspaceId, string webTaskId, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(workspaceId, webTaskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        if (task.Status != WebTaskStatus.Completed && await EndedWithoutResultAsync(task, durable, cancellationToken) is { } reason)
        {
            task.Complete(Completion.Failed(FailureCodes.InternalError, reason), DateTimeOffset.UtcNow);
            try
            {
                await tasks.UpdateAsync(task, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                task = await tasks.GetAsync(workspaceId, webTaskId, cancellationToken) ?? task;
            }
        }

        return task;
    }

    /// <summary>
    /// The task's answer once it is completed or <paramref name="wait"/> has passed, whichever is first: one request
    /// instead of a client's polling loop, woken at once when the run completes in this process.
    /// </summary>
    public async Task<WebTaskResultResponse?> WaitAsync(string workspaceId, string webTaskId, TimeSpan wait, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + (wait < MaxWait ? wait : MaxWait);
        while (true)
        {
            var answer = await ReadAsync(workspaceId, webTaskId, durable, cancellationToken);
            var left = until - DateTimeOffset.UtcNow;
            if (answer is null || answer.Status == WebTaskStatus.Completed || left <= TimeSpan.Zero)
            {
                return answer;
            }

            // A host that is stopping answers with what it has rather than hold its shutdown.
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            try
            {
                await signals.WaitAsync(webTaskId, left < Reread ? left : Reread, waiting.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return answer;
            }
        }
    }

    public async Task<WebTaskResultResponse> BuildAsync(WebTaskEntity task, CancellationToken cancellationToken)
    {
        var timings = RunFigures.Timings(task.CreatedAt, task.StartedAt, task.CompletedAt);
        if (task.Status != WebTaskStatus.Completed)
        {
            return new WebTaskResultResponse { WebTaskId = task.RowKey, Status = task.Status, Timings = timings, Sink = SinkOf(task) };
        }

        ResultBody? result = null;
        if (task.Outcome == WebTaskOutcome.Success)
        {
            var stored = await results.LoadAsync(task, cancellationToken);
            var expiresAt = task.CompletedAt!.Value + FileStore.MaxLinkLifetime;
            if (stored.File is { } file)
            {
                var url = await files.ReadLinkAsync(files.Result(task.PartitionKey, task.RowKey), expiresAt, cancellationToken);
                result = new ResultBody { File = new ResultFile(url?.ToString(), expiresAt, file.SizeBytes, new ResultPreview(file.RowCount, file.Sample)) };
            }
            else
            {
                result = new ResultBody { Data = await links.ResolveAsync(stored.Data, task.PartitionKey, task.RowKey, expiresAt, cancellationToken) };
            }
        }

        return new WebTaskResultResponse
        {
            WebTaskId = task.RowKey,
            Status = task.Status,
            Outcome = task.Outcome,
            Result = result,
            Error = task.Outcome == WebTaskOutcome.Failed ? new FailureBody(task.ErrorCode ?? FailureCodes.InternalError, task.ErrorMessage ?? "") : null,
            Reuse = new ReuseInfo(task.ReuseKey, task.ReuseUsed, task.ReuseCreated, task.ReuseUpdated, task.RevisionId, task.RevisionTimestamp),
            Cost = RunFigures.Cost(task.AiUsd, task.ComputeHours),
            Timings = timings,
            Sink = SinkOf(task),
        };
    }

    private static SinkReport? SinkOf(WebTaskEntity task) => task.Sink is null ? null : JsonSerializer.Deserialize<SinkReport>(task.Sink, JsonDefaults.Options)! with
    {
        Status = task.SinkStatus,
        Attempts = task.SinkAttempts,
        LastError = task.SinkLastError,
        DeliveredAt = task.SinkDeliveredAt,
    };

    private static async Task<string?> EndedWithoutResultAsync(WebTaskEntity task, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var instance = await durable.GetInstanceAsync(task.RowKey, cancellationToken);
        return instance?.RuntimeStatus switch
        {
            null when DateTimeOffset.UtcNow - task.CreatedAt > NeverScheduled => "The task was accepted but its run was never scheduled.",
            OrchestrationRuntimeStatus.Terminated => "The run was terminated before it completed." + Reason(instance.SerializedOutput),
            OrchestrationRuntimeStatus.Failed => "The run failed: " + (instance.FailureDetails?.ErrorMessage ?? "its orchestration stopped with an error."),
            _ => null,
        };
    }

    private static string Reason(string? output) => string.IsNullOrEmpty(output) ? "" : " Reason: " + output.Trim('"');
}
