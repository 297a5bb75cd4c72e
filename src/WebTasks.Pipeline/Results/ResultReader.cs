using System.Text.Json;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Stages;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Results;

/// <summary>Builds the public answer for a task (GET …/result and the webhook body); links are minted afresh each time.</summary>
public sealed class ResultReader(TaskStore tasks, PayloadStore payloads, FileStore files, AttachmentLinks links)
{
    public async Task<WebTaskResultResponse?> ReadAsync(string workspaceId, string webTaskId, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(workspaceId, webTaskId, cancellationToken);
        return task is null ? null : await BuildAsync(task, cancellationToken);
    }

    public async Task<WebTaskResultResponse> BuildAsync(WebTaskEntity task, CancellationToken cancellationToken)
    {
        var durationMs = task is { StartedAt: { } s, CompletedAt: { } c } ? (long)(c - s).TotalMilliseconds : (long?)null;
        var timings = new Timings(task.CreatedAt, task.StartedAt, task.CompletedAt, durationMs);
        if (task.Status != WebTaskStatus.Completed)
        {
            return new WebTaskResultResponse { WebTaskId = task.RowKey, Status = task.Status, Timings = timings };
        }

        var completedAt = task.CompletedAt!.Value;
        ResultBody? result = null;
        if (task.Outcome == WebTaskOutcome.Success)
        {
            var text = await payloads.LoadAsync(DeliverResult.ResultPayload(task), task.Result, cancellationToken);
            var stored = JsonSerializer.Deserialize<StoredResult>(text, Json.Options)!;
            var expiresAt = completedAt + FileStore.MaxLinkLifetime;
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
            Cost = new CostInfo(Math.Round((decimal)task.AiUsd, 6), new ComputeCost(Math.Round(task.ComputeHours, 8))),
            Timings = timings,
        };
    }
}
