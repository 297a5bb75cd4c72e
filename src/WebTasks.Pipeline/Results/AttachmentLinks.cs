using System.Text.Json.Nodes;
using WebTasks.Storage.Blobs;

namespace WebTasks.Pipeline.Results;

/// <summary>An attachment object in a result (<c>{ "type": "attachment", "path": … }</c>) and the blob path it names.</summary>
public sealed record AttachmentRef(JsonObject Node, string Path);

/// <summary>Replaces the blob <c>path</c> of every attachment in a result with a read-only link.</summary>
public sealed class AttachmentLinks(FileStore files)
{
    /// <summary>
    /// Links only files that this web task stored itself (<see cref="FileStore.IsAttachmentOf"/>): a path of any other
    /// shape — another run's folder, another workspace, a trace or a bundle — gets no link.
    /// </summary>
    public async Task<JsonNode?> ResolveAsync(JsonNode? data, string workspaceId, string webTaskId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (data is null)
        {
            return null;
        }

        var copy = data.DeepClone();
        foreach (var attachment in Find(copy))
        {
            attachment.Node.Remove("path");
            var url = FileStore.IsAttachmentOf(attachment.Path, workspaceId, webTaskId)
                ? await files.ReadLinkAsync(files.Attachment(attachment.Path), expiresAt, cancellationToken)
                : null;
            attachment.Node["url"] = url?.ToString();
        }

        return copy;
    }

    /// <summary>Every attachment object in <paramref name="node"/>, depth first.</summary>
    public static IEnumerable<AttachmentRef> Find(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "attachment"
                                     && obj["path"] is JsonValue p && p.TryGetValue<string>(out var path):
                yield return new AttachmentRef(obj, path);
                break;
            case JsonObject obj:
                foreach (var found in obj.Select(kv => kv.Value).ToList().SelectMany(Find))
                {
                    yield return found;
                }

                break;
            case JsonArray arr:
                foreach (var found in arr.ToList().SelectMany(Find))
                {
                    yield return found;
                }

                break;
        }
    }
}
