using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;
using WebTasks.Core.Contracts;

namespace WebTasks.Core.Schema;

/// <summary>
/// A task's <c>outputSchema</c>: JSON Schema (draft 2020-12 shape, local <c>$defs</c>/<c>$ref</c>) plus
/// <c>{ "type": "attachment" }</c> for files. Checked for structure when a task is submitted, because the
/// validator we use quietly ignores keywords it does not understand (<c>"type": "strng"</c> would pass).
/// </summary>
public sealed class OutputSchema
{
    private static readonly ConcurrentDictionary<string, OutputSchema> Cache = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Types = ["object", "array", "string", "number", "integer", "boolean", "null", "attachment"];
    private static readonly string[] SchemaMaps = ["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"];
    private static readonly string[] SchemaLists = ["anyOf", "oneOf", "allOf", "prefixItems"];
    private static readonly string[] SubSchemas = ["items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems"];
    private static readonly string[] Numbers = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
    private static readonly string[] Counts = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains"];
    private const int MaxErrors = 20;

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

        var problems = new List<string>();
        CheckSchema(source, "#", problems);
        if (problems.Count > 0)
        {
            throw new BadRequestException("outputSchema is not a valid JSON Schema: " + problems[0], problems);
        }

        JsonSchema compiled;
        try
        {
            var forValidator = (JsonObject)ReplaceAttachments(source.DeepClone());
            forValidator.Remove("$schema"); // the validator does not need the dialect and must not fetch it
            compiled = JsonSchema.FromJsonAsync(forValidator.ToJsonString()).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new BadRequestException("outputSchema is not a valid JSON Schema: " + ex.Message, ["is not a valid JSON Schema: " + ex.Message]);
        }

        var schema = new OutputSchema((JsonObject)source.DeepClone(), compiled);
        if (Cache.Count > 1000)
        {
            Cache.Clear();
        }

        Cache[text] = schema;
        return schema;
    }

    /// <summary>The reasons <paramref name="data"/> does not match, empty when it does.</summary>
    public IReadOnlyList<string> Validate(JsonNode? data)
    {
        var errors = new List<string>();
        foreach (var error in _schema.Validate(data?.ToJsonString() ?? "null"))
        {
            Flatten(error, errors);
        }

        return errors;
    }

    private static void Flatten(ValidationError error, List<string> into)
    {
        if (into.Count >= MaxErrors)
        {
            return;
        }

        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            foreach (var nested in child.Errors.SelectMany(e => e.Value))
            {
                Flatten(nested, into);
            }

            return;
        }

        var path = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        into.Add($"{path}: {Describe(error.Kind)}");
    }

    private static string Describe(ValidationErrorKind kind)
    {
        var words = Regex.Replace(kind.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return words;
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

    private static void CheckSchema(JsonNode? node, string at, List<string> problems)
    {
        if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (node is not JsonObject schema)
        {
            problems.Add($"{at} must be an object or a boolean.");
            return;
        }

        foreach (var (key, value) in schema)
        {
            var here = $"{at}/{key}";
            switch (key)
            {
                case "type":
                    CheckType(value, here, problems);
                    break;
                case "$ref":
                    if (value is not JsonValue r || !r.TryGetValue<string>(out var reference) || !reference.StartsWith('#'))
                    {
                        problems.Add($"{here} must be a local reference starting with '#' (remote references are not fetched).");
                    }

                    break;
                case "required":
                    if (value is not JsonArray names || names.Any(n => n is not JsonValue s || s.GetValueKind() != JsonValueKind.String))
                    {
                        problems.Add($"{here} must be an array of property names.");
                    }

                    break;
                case "enum":
                    if (value is not JsonArray)
                    {
                        problems.Add($"{here} must be an array.");
                    }

                    break;
                case "pattern":
                    CheckPattern(value, here, problems);
                    break;
                case var map when SchemaMaps.Contains(map):
                    if (value is not JsonObject members)
                    {
                        problems.Add($"{here} must be an object of schemas.");
                        break;
                    }

                    foreach (var (name, member) in members)
                    {
                        CheckSchema(member, $"{here}/{name}", problems);
                    }

                    break;
                case var list when SchemaLists.Contains(list):
                    if (value is not JsonArray items || items.Count == 0)
                    {
                        problems.Add($"{here} must be a non-empty array of schemas.");
                        break;
                    }

                    for (var i = 0; i < items.Count; i++)
                    {
                        CheckSchema(items[i], $"{here}/{i}", problems);
                    }

                    break;
                case var sub when SubSchemas.Contains(sub):
                    CheckSchema(value, here, problems);
                    break;
                case var number when Numbers.Contains(number):
                    if (value is not JsonValue n || n.GetValueKind() != JsonValueKind.Number)
                    {
                        problems.Add($"{here} must be a number.");
                    }

                    break;
                case var count when Counts.Contains(count):
                    if (value is not JsonValue c || !c.TryGetValue<int>(out var k) || k < 0)
                    {
                        problems.Add($"{here} must be a non-negative integer.");
                    }

                    break;
            }
        }
    }

    private static void CheckType(JsonNode? value, string at, List<string> problems)
    {
        IEnumerable<JsonNode?> names = value is JsonArray arr ? arr.ToList() : new List<JsonNode?> { value };
        foreach (var name in names)
        {
            if (name is not JsonValue s || !s.TryGetValue<string>(out var type) || !Types.Contains(type))
            {
                problems.Add($"{at} must be one of {string.Join(", ", Types)} (or an array of them), not {name?.ToJsonString() ?? "null"}.");
            }
        }
    }

    private static void CheckPattern(JsonNode? value, string at, List<string> problems)
    {
        if (value is not JsonValue s || !s.TryGetValue<string>(out var pattern))
        {
            problems.Add($"{at} must be a string.");
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            problems.Add($"{at} is not a valid regular expression: {ex.Message}");
        }
    }
}
