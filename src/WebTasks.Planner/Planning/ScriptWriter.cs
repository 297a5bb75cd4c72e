using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebTasks.Planner.Planning;

/// <summary>How a planned script goes to the next page: next link, numbered links, a "load more" button, scrolling, or not at all.</summary>
public static class PaginationKinds
{
    public const string Next = "next";
    public const string Numbered = "numbered";
    public const string LoadMore = "loadMore";
    public const string Scroll = "scroll";
    public const string None = "none";
}

/// <summary>Turns a <see cref="Choice"/> into an ordinary, readable script: a comment saying what was planned, a <c>plan</c> object, and <c>main</c>.</summary>
public static class ScriptWriter
{
    private static readonly JsonSerializerOptions PlanJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The in-page reading and typing rules, shared by the survey and every planned script.</summary>
    public static string Extraction { get; } = Resource("extraction.js");

    public static string Write(Choice choice, RecordShape shape, string task, string startUrl, string pagination, int maxPages, TimeSpan revealWait)
    {
        var fields = new JsonObject();
        foreach (var binding in choice.Bindings)
        {
            var field = new JsonObject { ["sel"] = binding.Source.Sel, ["read"] = binding.Source.Read };
            if (binding.Source.Label is { } label)
            {
                field["label"] = label;
            }

            field["type"] = binding.Field.Type;
            fields[binding.Field.Name] = field;
        }

        var plan = new JsonObject
        {
            ["startUrl"] = startUrl,
            ["records"] = choice.Candidate.Selector,
            ["fields"] = fields,
            ["required"] = new JsonArray(shape.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray()),
            ["pagination"] = new JsonObject { ["kind"] = pagination },
            ["maxPages"] = maxPages,
            ["waitMs"] = (int)revealWait.TotalMilliseconds,
            ["wrap"] = shape.Wrap,
        };

        var summary = new StringBuilder();
        summary.Append($"//   records: '{choice.Candidate.Selector}' ({choice.Candidate.Count} on the first page)\n");
        foreach (var binding in choice.Bindings)
        {
            var example = binding.Source.Sample.Count > 0 ? $", e.g. \"{binding.Source.Sample[0]}\"" : "";
            summary.Append($"//   {binding.Field.Name} ({binding.Field.Type}) ← {binding.Source.Describe()}{example}\n");
        }

        foreach (var name in choice.MissingOptional.Concat(shape.Unsupported))
        {
            summary.Append($"//   {name}: not found on the page; left out\n");
        }

        summary.Append($"//   pagination: {Describe(pagination)}, at most {maxPages} pages");
        return Resource("template.js")
            .Replace("__TASK__", Comment(task), StringComparison.Ordinal)
            .Replace("__URL__", Line(startUrl), StringComparison.Ordinal)
            .Replace("__SUMMARY__", Line(summary.ToString()), StringComparison.Ordinal)
            .Replace("__PLAN__", plan.ToJsonString(PlanJson), StringComparison.Ordinal)
            .Replace("__EXTRACTION__", Extraction.TrimEnd(), StringComparison.Ordinal);
    }

    private static string Describe(string pagination) => pagination switch
    {
        PaginationKinds.Next => "follows the next-page link",
        PaginationKinds.Numbered => "follows the numbered page links",
        PaginationKinds.LoadMore => "clicks \"load more\" until nothing new appears",
        PaginationKinds.Scroll => "scrolls until nothing new appears",
        _ => "none (one page)",
    };

    /// <summary>User text as comment lines; line breaks of any kind cannot end the comment early.</summary>
    private static string Comment(string text)
    {
        var lines = Line(text).Split('\n').Take(12).Select(l => l.Length > 160 ? l[..160] + "…" : l);
        return string.Join("\n", lines.Select(l => "//   " + l.TrimEnd()));
    }

    private static string Line(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace('\r', '\n').Replace('\u2028', ' ').Replace('\u2029', ' ');

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebTasks.Planner.Scripts." + name)
            ?? throw new InvalidOperationException($"The planner's {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static string Survey { get; } = Resource("survey.js").Replace("  // @extraction", Extraction, StringComparison.Ordinal);
}
