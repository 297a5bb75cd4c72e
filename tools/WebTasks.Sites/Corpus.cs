using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebTasks.Sites;

/// <summary>
/// The planner's corpus (<c>sites/corpus/corpus.json</c>): a task, a start page and a schema per site, with the
/// records a correct extraction returns, or the words a correct refusal names on the sites built to be ambiguous.
/// </summary>
/// <param name="Set">"tuning" (the default: the planner may be improved while looking at it) or "holdout" (written
/// before the planner work it measures, and only ever reported).</param>
/// <param name="Kind">list, object, details, files or search: the kind of work the site asks for.</param>
/// <param name="Parameters">The run's <c>parameters</c> (what a search form is filled with).</param>
/// <param name="Round">Which held-out round a held-out site belongs to: each round is written and committed before
/// the planner work it measures, and measured once that work is done.</param>
public sealed record CorpusSite(
    string Name,
    string Task,
    string StartPath,
    JsonObject OutputSchema,
    string? Wrap,
    string? Expected,
    IReadOnlyList<string>? ExpectDecline,
    string Set = CorpusSets.Tuning,
    string Kind = "list",
    JsonObject? Parameters = null,
    int Round = 1)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CorpusSite> Load() =>
        JsonSerializer.Deserialize<List<CorpusSite>>(File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "corpus", "corpus.json")), Options)!;

    public static CorpusSite Get(string name) => Load().Single(s => s.Name == name);

    /// <summary>
    /// How <paramref name="result"/> compares with the truth (links in it made absolute against <paramref name="baseUrl"/>):
    /// record by record for lists and files, field by field for a single object.
    /// </summary>
    public ExtractionScore Score(Uri baseUrl, JsonNode? result)
    {
        var text = File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "corpus", Expected ?? throw new InvalidOperationException($"{Name} expects a refusal, not records.")));
        var truth = JsonNode.Parse(text.Replace("http://HOST/", baseUrl.ToString(), StringComparison.Ordinal));
        return truth is JsonObject fields
            ? ExtractionScore.OfFields(fields, result as JsonObject)
            : ExtractionScore.Of(truth!.AsArray(), Wrap is null ? result as JsonArray ?? [] : result?[Wrap] as JsonArray ?? []);
    }

    public bool HeldOut => Set == CorpusSets.Holdout;

    public override string ToString() => Name;
}

public static class CorpusSets
{
    public const string Tuning = "tuning";
    public const string Holdout = "holdout";
}

/// <summary>
/// Precision, recall and F1 over records (a record counts when every field matches exactly, numbers to the cent; a
/// file by its name and size) or over the fields of a single object.
/// </summary>
public sealed record ExtractionScore(int Expected, int Extracted, int Correct)
{
    public double Precision => Extracted == 0 ? 0 : (double)Correct / Extracted;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ExtractionScore Of(JsonArray expected, JsonArray extracted)
    {
        var wanted = expected.Select(Canonical).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var correct = 0;
        foreach (var key in extracted.Select(Canonical))
        {
            if (wanted.TryGetValue(key, out var left) && left > 0)
            {
                wanted[key] = left - 1;
                correct++;
            }
        }

        return new ExtractionScore(expected.Count, extracted.Count, correct);
    }

    public static ExtractionScore OfFields(JsonObject expected, JsonObject? extracted)
    {
        var fields = extracted ?? [];
        var correct = expected.Count(p => fields.TryGetPropertyValue(p.Key, out var value) && Value(value) == Value(p.Value));
        return new ExtractionScore(expected.Count, fields.Count, correct);
    }

    private static string Canonical(JsonNode? record) => record switch
    {
        // A downloaded file is the same file when its name and size are; where it was stored differs per run.
        JsonObject o when o.ContainsKey("fileName") && o.ContainsKey("sizeBytes") => $"file={Value(o["fileName"])}|size={Value(o["sizeBytes"])}",
        JsonObject o => string.Join("|", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Value(p.Value))),
        _ => record?.ToJsonString() ?? "null",
    };

    private static string Value(JsonNode? value) => value is JsonValue v && v.TryGetValue<double>(out var number)
        ? Math.Round(number, 2).ToString(CultureInfo.InvariantCulture)
        : value?.ToJsonString() ?? "null";
}
