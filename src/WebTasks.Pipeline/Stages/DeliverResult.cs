using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Stages;

/// <summary>How a run ended, everything the task record needs to be completed.</summary>
public sealed record Completion
{
    public required bool Success { get; init; }
    public JsonNode? Data { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public bool Used { get; init; }
    public bool Created { get; init; }
    public bool Updated { get; init; }
    public string? RevisionId { get; init; }
    public DateTimeOffset? RevisionTimestamp { get; init; }
    public decimal AiUsd { get; init; }

    public static Completion Failed(string code, string message) => new() { Success = false, ErrorCode = code, ErrorMessage = message };
}

/// <summary>
/// Stage 7: stores the result — inline when small, else as a JSON file with a preview — and completes the task
/// record (ETag-guarded: a second delivery of the same run loses and changes nothing).
/// </summary>
public sealed class DeliverResult(TaskStore tasks, PayloadStore payloads, FileStore files, AttachmentLinks links, IOptions<WebTasksOptions> options)
{
    private const int SampleRows = 3;

    public async Task RunAsync(WebTaskEntity task, Completion completion, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (completion.Success)
        {
            var stored = await StoreAsync(task, completion.Data, now, cancellationToken);
            task.Result = await payloads.StoreAsync(ResultPayload(task), JsonSerializer.Serialize(stored, Json.Options), cancellationToken);
        }

        task.Status = WebTaskStatus.Completed;
        task.Outcome = completion.Success ? WebTaskOutcome.Success : WebTaskOutcome.Failed;
        task.Stage = TaskStages.Finished;
        task.CompletedAt = now;
        task.ErrorCode = completion.ErrorCode;
        task.ErrorMessage = completion.ErrorMessage;
        task.ReuseUsed = completion.Used;
        task.ReuseCreated = completion.Created;
        task.ReuseUpdated = completion.Updated;
        task.RevisionId = completion.RevisionId;
        task.RevisionTimestamp = completion.RevisionTimestamp;
        task.AiUsd = (double)completion.AiUsd;
        task.ComputeHours = task.StartedAt is { } started ? (now - started).TotalHours : 0;
        await tasks.UpdateAsync(task, cancellationToken);
    }

    public static string ResultPayload(WebTaskEntity task) => $"{task.PartitionKey}/{task.RowKey}/result.json";

    private async Task<StoredResult> StoreAsync(WebTaskEntity task, JsonNode? data, DateTimeOffset completedAt, CancellationToken cancellationToken)
    {
        var text = data?.ToJsonString(Json.Options) ?? "null";
        if (Encoding.UTF8.GetByteCount(text) <= options.Value.Limits.InlineResultBytes)
        {
            return new StoredResult(data, null);
        }

        // A file is read straight from storage, so its attachments get their links now, valid as long as the file's.
        var withLinks = await links.ResolveAsync(data, task.PartitionKey, task.RowKey, completedAt + FileStore.MaxLinkLifetime, cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(withLinks?.ToJsonString(Json.Options) ?? "null");
        await using var content = new MemoryStream(bytes);
        await files.UploadAsync(files.Result(task.PartitionKey, task.RowKey), content, "application/json", $"{task.RowKey}.json", cancellationToken);
        var rows = Rows(withLinks);
        return new StoredResult(null, new StoredFile(bytes.LongLength, rows?.Count, rows is null ? null : new JsonArray([.. rows.Take(SampleRows).Select(r => r?.DeepClone())])));
    }

    /// <summary>The records of a result: the array itself, or the one array property of an object.</summary>
    private static JsonArray? Rows(JsonNode? data) => data switch
    {
        JsonArray arr => arr,
        JsonObject obj when obj.Select(kv => kv.Value).OfType<JsonArray>().ToList() is [var only] => only,
        _ => null,
    };
}
