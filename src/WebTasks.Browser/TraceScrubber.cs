using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebTasks.Browser;

/// <summary>
/// Takes a logged-in run's secrets out of its Playwright trace before it is stored: cookie and authorization headers,
/// cookie lists and storage state in the recorded events, and every known secret value (the session's cookies and
/// local storage) wherever it appears in a text entry, page snapshots and resources included.
/// </summary>
public static class TraceScrubber
{
    private const string Hidden = "****";
    private static readonly HashSet<string> SensitiveHeaders = new(StringComparer.OrdinalIgnoreCase) { "cookie", "set-cookie", "authorization", "proxy-authorization" };

    public static void Scrub(string zipPath, IReadOnlyCollection<string> secrets)
    {
        var scrubbed = zipPath + ".scrubbed";
        using (var source = ZipFile.OpenRead(zipPath))
        using (var target = ZipFile.Open(scrubbed, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                byte[] content;
                using (var input = entry.Open())
                using (var buffer = new MemoryStream())
                {
                    input.CopyTo(buffer);
                    content = buffer.ToArray();
                }

                var text = AsText(content);
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var output = copy.Open();
                output.Write(text is null ? content : Encoding.UTF8.GetBytes(Mask(ScrubEvents(text), secrets)));
            }
        }

        File.Move(scrubbed, zipPath, overwrite: true);
    }

    /// <summary>Trace and network entries are JSON lines: headers and cookie lists are cleared field by field.</summary>
    private static string ScrubEvents(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('{'))
            {
                continue;
            }

            try
            {
                var node = JsonNode.Parse(lines[i]);
                Clear(node);
                lines[i] = node!.ToJsonString();
            }
            catch (JsonException)
            {
                // Not an event line; the value masking below still applies to it.
            }
        }

        return string.Join('\n', lines);
    }

    private static void Clear(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("storageState");
                if (obj["cookies"] is JsonArray)
                {
                    obj["cookies"] = new JsonArray();
                }

                if (obj["name"] is JsonValue name && name.TryGetValue<string>(out var header) && SensitiveHeaders.Contains(header) && obj["value"] is JsonValue)
                {
                    obj["value"] = Hidden;
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    Clear(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Clear(child);
                }

                break;
        }
    }

    private static string Mask(string text, IReadOnlyCollection<string> secrets) =>
        secrets.Aggregate(text, (t, secret) => t.Replace(secret, Hidden, StringComparison.Ordinal).Replace(JsonEncoded(secret), Hidden, StringComparison.Ordinal));

    private static string JsonEncoded(string value) => JsonSerializer.Serialize(value)[1..^1];

    /// <summary>The entry as text when it is UTF-8 text (events, HTML, CSS, JSON), null for images and other binaries.</summary>
    private static string? AsText(byte[] content)
    {
        if (content.AsSpan().Contains((byte)0))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
