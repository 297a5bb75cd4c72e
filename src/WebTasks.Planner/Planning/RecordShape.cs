using System.Text.Json.Nodes;

namespace WebTasks.Planner.Planning;

/// <summary>A field of the records the planner fills, with the type its value is converted to.</summary>
/// <param name="Type">string, number, integer, boolean, url, email, date or date-time.</param>
public sealed record RecordField(string Name, string Type, bool Required);

/// <summary>
/// What an <c>outputSchema</c> asks for, seen as records: an array of objects, or an object with one property that
/// is such an array (<paramref name="Wrap"/>).
/// </summary>
public sealed record RecordShape(IReadOnlyList<RecordField> Fields, string? Wrap, IReadOnlyList<string> Unsupported)
{
    private static readonly HashSet<string> UrlWords = ["url", "link", "href", "website", "image", "img", "photo", "picture", "thumbnail", "logo", "src"];

    /// <summary>The shape of <paramref name="schema"/>, or a message saying why the planner cannot fill it.</summary>
    public static (RecordShape? Shape, string? Problem) Read(JsonObject schema)
    {
        var root = Resolve(schema, schema);
        JsonObject? items;
        string? wrap = null;
        if (TypeOf(root) == "array")
        {
            items = Resolve(schema, root?["items"]);
        }
        else
        {
            var properties = root?["properties"] as JsonObject;
            var lists = properties?.Where(p => TypeOf(Resolve(schema, p.Value)) == "array" && TypeOf(Resolve(schema, Resolve(schema, p.Value)?["items"])) == "object").ToList() ?? [];
            if (lists.Count != 1)
            {
                return (null, lists.Count == 0
                    ? "The planner fills a list of records: outputSchema must be an array of objects, or an object with one array-of-objects property."
                    : $"The planner fills one list of records, but outputSchema has several ({string.Join(", ", lists.Select(l => l.Key))}).");
            }

            wrap = lists[0].Key;
            var otherRequired = Required(root).Where(r => r != wrap).ToList();
            if (otherRequired.Count > 0)
            {
                return (null, $"The planner fills only the list '{wrap}', but outputSchema also requires {string.Join(", ", otherRequired.Select(r => $"'{r}'"))}.");
            }

            items = Resolve(schema, Resolve(schema, lists[0].Value)?["items"]);
        }

        if (TypeOf(items) != "object" || items?["properties"] is not JsonObject fields || fields.Count == 0)
        {
            return (null, "The planner fills records with named fields: the schema's items must be objects with properties.");
        }

        var required = Required(items).ToHashSet(StringComparer.Ordinal);
        var result = new List<RecordField>();
        var unsupported = new List<string>();
        foreach (var (name, node) in fields)
        {
            var field = Resolve(schema, node);
            var type = FieldType(name, field);
            if (type is null)
            {
                if (required.Contains(name))
                {
                    return (null, $"The planner fills text, number, boolean, URL and date fields, but the required field '{name}' is of type {TypeOf(field) ?? "unknown"}.");
                }

                unsupported.Add(name);
                continue;
            }

            result.Add(new RecordField(name, type, required.Contains(name)));
        }

        return (new RecordShape(result, wrap, unsupported), null);
    }

    private static string? FieldType(string name, JsonObject? field)
    {
        var format = field?["format"]?.GetValue<string>();
        return TypeOf(field) switch
        {
            "number" => "number",
            "integer" => "integer",
            "boolean" => "boolean",
            "string" => format switch
            {
                "uri" or "url" or "iri" or "uri-reference" => "url",
                "email" or "idn-email" => "email",
                "date" => "date",
                "date-time" => "date-time",
                _ when FieldMatcher.Tokens(name).Any(UrlWords.Contains) => "url",
                _ when FieldMatcher.Tokens(name).Any(t => t is "email" or "mail") => "email",
                _ => "string",
            },
            _ => null,
        };
    }

    /// <summary>The schema's type, ignoring "null" in a type list; "object" when it only lists properties.</summary>
    private static string? TypeOf(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var t) => t,
        JsonArray a => a.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null and not "null"),
        null when schema?["properties"] is JsonObject => "object",
        _ => null,
    };

    private static IEnumerable<string> Required(JsonObject? schema) =>
        (schema?["required"] as JsonArray)?.Select(r => r?.GetValue<string>()).OfType<string>() ?? [];

    /// <summary>Follows local references (#/$defs/…) up to a few levels.</summary>
    private static JsonObject? Resolve(JsonObject root, JsonNode? node)
    {
        for (var depth = 0; depth < 8 && node is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference; depth++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            node = root;
            foreach (var part in reference[2..].Split('/'))
            {
                node = (node as JsonObject)?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }
        }

        return node as JsonObject;
    }
}
