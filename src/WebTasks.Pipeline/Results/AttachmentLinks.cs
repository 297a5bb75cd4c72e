using System.Text.Json.Nodes;
using WebTasks.Storage.Blobs;

namespace WebTasks.Pipeline.Results;

/// <summary>Replaces the blob <c>path</c> of every attachment in a result with a read-only link.</summary>
public sealed class AttachmentLinks(FileStore files)
{
    public async Task<JsonNode?> ResolveAsync(JsonNode? data, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (data is null)
        {
            return null;
        }

        var copy = data.DeepClone();
        foreach (var attachment in Find(copy))
        {
            var path = attachment["path"]!.GetValue<string>();
            attachment.Remove("path");
            var url = await files.ReadLinkAsync(files.Attachment(path), expiresAt, cancellationToken);
            attachment["url"] = url?.ToString();
        }

        return copy;
    }

    private static IEnumerable<JsonObject> Find(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "attachment"
                                     && obj["path"] is JsonValue p && p.TryGetValue<string>(out _):
                yield return obj;
                break;
            case JsonObject obj:
                foreach (var child in obj.Select(kv => kv.Value).ToList())
                {
                    foreach (var found in Find(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray arr:
                foreach (var child in arr.ToList())
                {
                    foreach (var found in Find(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
