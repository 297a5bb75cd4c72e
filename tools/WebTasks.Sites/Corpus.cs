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
    JsonObject? Parameters = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CorpusSite> Load() =>
        JsonSerializer.Deserialize<List<CorpusSite>>(File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "corpus", "corpus.json")), Options)!;

    public static CorpusSite Get(string name) => Load().Single(s => s.Name == name);

    /// <summary>The expected records, with links made absolute against <paramref name="baseUrl"/>.</summary>
    public JsonArray ExpectedRecords(Uri baseUrl)
    {
        var text = File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "corpus", Expected ?? throw new InvalidOperationException($"{Name} expects a refusal, not records.")));
        return JsonNode.Parse(text.Replace("http://HOST/", baseUrl.ToString(), StringComparison.Ordinal))!.AsArray();
    }

    /// <summary>The records in a result: the array itself, or the array under <see cref="Wrap"/>.</summary>
    public JsonArray RecordsOf(JsonNode? result) =>
        (Wrap is null ? result as JsonArray : result?[Wrap] as JsonArray) ?? [];

    public bool HeldOut => Set == CorpusSets.Holdout;

    public override string ToString() => Name;
}

public static class CorpusSets
{
    public const string Tuning = "tuning";
    public const string Holdout = "holdout";
}

/// <summary>Record-level precision, recall and F1: a record counts when every field matches exactly (numbers to the cent).</summary>
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

    private static string Canonical(JsonNode? record) => record is JsonObject o
        ? string.Join("|", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Value(p.Value)))
        : record?.ToJsonString() ?? "null";

    private static string Value(JsonNode? value) => value is JsonValue v && v.TryGetValue<double>(out var number)
        ? Math.Round(number, 2).ToString(CultureInfo.InvariantCulture)
        : value?.ToJsonString() ?? "null";
}
