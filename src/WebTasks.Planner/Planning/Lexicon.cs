using System.Reflection;
using System.Text.Json;

namespace WebTasks.Planner.Planning;

/// <summary>
/// Words pages use, in some fifty languages, as labels for common fields (brand: Marke, производитель, 品牌…) and for
/// common enum values (male: männlich, lalaki, ذكر…): Lexicon.json, keyed by the English word a schema would use.
/// </summary>
public static class Lexicon
{
    private static readonly (Dictionary<string, string[]> Labels, Dictionary<string, string[]> Values) Words = Load();

    /// <summary>Label words by concept ("brand" → marke, marca, бренд…), the concept first.</summary>
    public static IReadOnlyDictionary<string, string[]> Labels => Words.Labels;

    /// <summary>The words a page may write for an enum value ("red" → rouge, rojo, красный…).</summary>
    public static IReadOnlyList<string> ValueWords(string option) =>
        Words.Values.TryGetValue(option.ToLowerInvariant(), out var words) ? words : [];

    private static (Dictionary<string, string[]>, Dictionary<string, string[]>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebTasks.Planner.Planning.Lexicon.json")
            ?? throw new InvalidOperationException("The planner's Lexicon.json is missing from the assembly.");
        var lexicon = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)!;
        return (lexicon["labels"], lexicon["values"]);
    }
}
