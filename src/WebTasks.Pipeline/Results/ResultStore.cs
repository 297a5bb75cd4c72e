using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Options;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Results;

/// <summary>
/// Keeps a successful run's data: inline when small, else as a JSON file with a preview (rows and a sample). Writing
/// it again (a retried run) replaces it.
/// </summary>
public sealed class ResultStore(PayloadStore payloads, FileStore files, AttachmentLinks links, IOptions<WebTasksOptions> options)
{
    private const int SampleRows = 3;

    /// <summary>Stores <paramref name="data"/> for <paramref name="task"/>; returns what its row keeps (null: the text is in a blob).</summary>
    public async Task<string?> StoreAsync(WebTaskEntity task, JsonNode? data, CancellationToken cancellationToken)
    {
        var stored = await KeepAsync(task, data, cancellationToken);
        return await payloads.StoreAsync(ResultPayload(task), JsonSerializer.Serialize(stored, JsonDefaults.Options), cancellationToken);
    }

    public async Task<StoredResult> LoadAsync(WebTaskEntity task, CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<StoredResult>(await payloads.LoadAsync(ResultPayload(task), task.Result, cancellationToken), JsonDefaults.Options)!;

    private static string ResultPayload(WebTaskEntity task) => $"{task.PartitionKey}/{task.RowKey}/result.json";

    private async Task<StoredResult> KeepAsync(WebTaskEntity task, JsonNode? data, CancellationToken cancellationToken)
    {
        var text = data?.ToJsonString(JsonDefaults.Options) ?? "null";
        if (Encoding.UTF8.GetByteCount(text) <= options.Value.Limits.InlineResultBytes)
        {
            return new StoredResult(data, null);
        }

        // A file is read straight from storage, so its attachments get their links now, valid as long as the file's
        // (the run completes moments from now; the file's own link is minted at every read).
        var withLinks = await links.ResolveAsync(data, task.PartitionKey, task.RowKey, DateTimeOffset.UtcNow + FileStore.MaxLinkLifetime, cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(withLinks?.ToJsonString(JsonDefaults.Options) ?? "null");
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
