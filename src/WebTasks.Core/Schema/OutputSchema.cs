using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using WebTasks.Core.Contracts;

namespace WebTasks.Core.Schema;

/// <summary>
/// A task's <c>outputSchema</c>: JSON Schema draft 2020-12 (local <c>$defs</c>/<c>$ref</c>) plus
/// <c>{ "type": "attachment" }</c> for files. Checked against the 2020-12 meta-schema when a task is submitted, and
/// outputs are validated with the whole 2020-12 vocabulary; every problem is reported at its JSON pointer.
/// </summary>
public sealed class OutputSchema
{
    private static readonly ConcurrentDictionary<string, OutputSchema> Cache = new(StringComparer.Ordinal);

    /// <summary>Checking a schema: formats too (a <c>pattern</c> must be a regular expression).</summary>
    private static readonly EvaluationOptions Checking = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    /// <summary>Validating an output: <c>format</c> is an annotation, as 2020-12 says by default.</summary>
    private static readonly EvaluationOptions Validating = new() { OutputFormat = OutputFormat.Hierarchical };

    private const int MaxErrors = 20;

    private static readonly Uri BaseUri = new("urn:webtasks:output-schema");

    private readonly JsonSchema _schema;

    private OutputSchema(JsonObject source, JsonSchema schema)
    {
        Source = source;
        _schema = schema;
    }

    /// <summary>The schema as the user wrote it.</summary>
    public JsonObject Source { get; }

    /// <summary>The attachment shape a script's <c>files.download</c> returns.</summary>
    public static JsonObject AttachmentShape() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("type", "fileName"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["enum"] = new JsonArray("attachment") },
            ["fileName"] = new JsonObject { ["type"] = "string" },
            ["contentType"] = new JsonObject { ["type"] = "string" },
            ["sizeBytes"] = new JsonObject { ["type"] = "integer" },
        },
    };

    /// <summary>Checks and compiles a schema; a <see cref="BadRequestException"/> lists what is wrong.</summary>
    public static OutputSchema Parse(JsonObject source)
    {
        var text = source.ToJsonString();
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        // Our one addition to the vocabulary becomes the object it stands for; the dialect is always 2020-12.
        var forValidator = (JsonObject)ReplaceAttachments(source);
        forValidator.Remove("$schema");
        var root = JsonSerializer.SerializeToElement(forValidator);
        var problems = References(forValidator, "#", forValidator).ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(Errors(MetaSchemas.Draft202012.Evaluate(root, Checking)));
        }

        var schema = problems.Count == 0 ? Build(root, problems) : null;
        if (schema is null)
        {
            throw new BadRequestException("outputSchema is not a valid JSON Schema: " + problems[0], problems);
        }

        var parsed = new OutputSchema((JsonObject)source.DeepClone(), schema);
        if (Cache.Count > 1000)
        {
            Cache.Clear();
        }

        Cache[text] = parsed;
        return parsed;
    }

    /// <summary>The reasons <paramref name="data"/> does not match, empty when it does.</summary>
    public IReadOnlyList<string> Validate(JsonNode? data)
    {
        return [.. Errors(_schema.Evaluate(JsonSerializer.SerializeToElement(data), Validating))];
    }

    /// <summary>Builds the schema in a registry of its own (nothing is fetched or kept globally) and resolves its references once.</summary>
    private static JsonSchema? Build(JsonElement root, List<string> problems)
    {
        try
        {
            var schema = JsonSchema.Build(root, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, BaseUri);
            schema.Evaluate(JsonSerializer.SerializeToElement<JsonNode?>(null), Validating);
            return schema;
        }
        catch (Exception ex) when (ex is JsonSchemaException or RefResolutionException or JsonException or ArgumentException or InvalidOperationException)
        {
            problems.Add(ex.Message.Replace(BaseUri.OriginalString, "", StringComparison.Ordinal));
            return null;
        }
    }

    /// <summary>
    /// What failed, one line per JSON pointer ("#/people/0/age: -1 should be at least 0"), at most
    /// <see cref="MaxErrors"/>. Only failures that make the whole fail count: a branch of an <c>anyOf</c> that
    /// another branch satisfied, or an item that <c>contains</c> did not need, is not a problem.
    /// </summary>
    private static List<string> Errors(EvaluationResults results)
    {
        var found = new List<(string At, string Message)>();
        Collect(results, found);
        return [.. found.GroupBy(e => e.At).Select(g => $"#{g.Key}: {string.Join("; or ", g.Select(e => e.Message).Distinct())}").Take(MaxErrors)];
    }

    private static void Collect(EvaluationResults node, List<(string At, string Message)> into)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var error in node.Errors ?? new Dictionary<string, string>())
        {
            into.Add((node.InstanceLocation.ToString(), error.Value));
        }

        var at = node.EvaluationPath.ToString();
        foreach (var branches in (node.Details ?? []).GroupBy(detail => Keyword(detail, at)))
        {
            // A branch's failure is a problem only when its keyword failed: an anyOf or contains with no branch that
            // passes, a oneOf without exactly one; never under if or not, whose subschemas are meant to fail sometimes.
            var counts = branches.Key switch
            {
                "if" or "not" => false,
                "anyOf" or "contains" => branches.All(b => !b.IsValid),
                "oneOf" => branches.Count(b => b.IsValid) != 1,
                _ => true,
            };
            if (counts)
            {
                foreach (var branch in branches)
                {
                    Collect(branch, into);
                }
            }
        }
    }

    /// <summary>The keyword of <paramref name="parentPath"/>'s schema that a detail was evaluated under.</summary>
    private static string? Keyword(EvaluationResults detail, string parentPath) =>
        detail.EvaluationPath.ToString()[parentPath.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    /// <summary>
    /// Every <c>$ref</c> points into the schema itself (remote references are not fetched) and resolves: the
    /// validator would otherwise find a dangling one only when an output reaches it.
    /// </summary>
    private static IEnumerable<string> References(JsonNode? node, string at, JsonNode root) => node switch
    {
        JsonObject obj => obj.SelectMany(member => member.Key == "$ref" ? Reference(member.Value, $"{at}/$ref", root) : References(member.Value, $"{at}/{member.Key}", root)),
        JsonArray array => array.SelectMany((item, i) => References(item, $"{at}/{i}", root)),
        _ => [],
    };

    private static IEnumerable<string> Reference(JsonNode? value, string at, JsonNode root)
    {
        if (value is not JsonValue r || !r.TryGetValue<string>(out var reference) || !reference.StartsWith('#'))
        {
            return [$"{at} must be a local reference starting with '#' (remote references are not fetched)."];
        }

        return reference.Length == 1 || reference[1] != '/' || Resolve(root, reference) ? [] : [$"{at}: Could not resolve '{reference}'"];
    }

    /// <summary>Follows a JSON pointer fragment (<c>#/$defs/a~1b</c>) through the schema.</summary>
    private static bool Resolve(JsonNode root, string reference)
    {
        JsonNode? here = root;
        foreach (var token in Uri.UnescapeDataString(reference[2..]).Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            here = here switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var next) => next,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (here is null)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonNode ReplaceAttachments(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "attachment":
                return AttachmentShape();
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = value is null ? null : ReplaceAttachments(value);
                }

                return copy;
            case JsonArray arr:
                return new JsonArray(arr.Select(v => v is null ? null : ReplaceAttachments(v)).ToArray());
            default:
                return node!.DeepClone();
        }
    }
}
