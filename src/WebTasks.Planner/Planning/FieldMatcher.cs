using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// How well a place on the page is named for a field: the field's name against column headers, labels,
/// itemprop/data-*/class names and attribute names, with synonyms, and an element's role as a last resort.
/// </summary>
public static partial class FieldMatcher
{
    private static readonly string[][] SynonymGroups =
    [
        ["name", "title", "product", "heading"],
        ["price", "cost", "amount", "fee", "total"],
        ["rating", "star", "score", "rate", "grade"],
        ["url", "link", "href", "website", "permalink", "detail"],
        ["image", "img", "photo", "picture", "thumbnail", "src", "logo"],
        ["email", "mail"],
        ["phone", "tel", "telephone", "mobile"],
        ["date", "time", "published", "posted", "datetime", "when", "day"],
        ["company", "employer", "organization", "org", "firm"],
        ["location", "city", "place", "address", "venue", "where"],
        ["department", "team", "group", "section", "category", "division", "unit"],
        ["description", "summary", "desc", "about", "text", "blurb"],
        ["author", "by", "writer", "byline"],
        ["role", "position", "job", "occupation"],
        ["sku", "id", "code", "ref"],
        ["stock", "availability", "available", "instock"],
    ];

    private static readonly Dictionary<string, HashSet<string>> Synonyms = BuildSynonyms();

    /// <summary>Lower-case words of a name: camelCase, snake_case, kebab-case and spaces split, plurals folded.</summary>
    public static IReadOnlyList<string> Tokens(string name) =>
        WordPattern().Matches(CamelBoundary().Replace(name, "$1 $2"))
            .Select(m => m.Value.ToLowerInvariant())
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .ToList();

    /// <summary>
    /// 1 for the same name, 0.9 when a hint contains the field's words, 0.8 through synonyms, 0.75 when the hint is
    /// part of the name, 0.5 for a partial match, 0.3–0.6 for an element's role or the value's type alone, else 0.
    /// </summary>
    public static double Score(RecordField field, SurveySource source)
    {
        var fieldTokens = Tokens(field.Name);
        if (fieldTokens.Count == 0)
        {
            return 0;
        }

        var best = 0.0;
        foreach (var hint in source.Hints)
        {
            best = Math.Max(best, hint.StartsWith("role:", StringComparison.Ordinal)
                ? RoleScore(fieldTokens, hint[5..], source.Read)
                : NameScore(fieldTokens, Tokens(hint)));
        }

        // A value only an email, URL or date could be is a weak hint by itself.
        if (field.Type is "email" or "url" or "date" or "date-time")
        {
            best = Math.Max(best, 0.4);
        }

        return best;
    }

    private static double NameScore(IReadOnlyList<string> field, IReadOnlyList<string> hint)
    {
        if (hint.Count == 0)
        {
            return 0;
        }

        if (field.SequenceEqual(hint))
        {
            return 1;
        }

        if (field.All(hint.Contains))
        {
            return Math.Max(0.8, 0.9 - (0.02 * (hint.Count - field.Count)));
        }

        if (field.All(f => hint.Contains(f) || hint.Any(h => Related(f, h))))
        {
            return 0.8;
        }

        if (hint.All(field.Contains))
        {
            return 0.75;
        }

        return field.Any(f => hint.Contains(f) || hint.Any(h => Related(f, h))) ? 0.5 : 0;
    }

    private static double RoleScore(IReadOnlyList<string> field, string role, string read)
    {
        if (read != "text" && read != "heading")
        {
            return 0;
        }

        bool Is(string word) => field.Any(f => f == word || Related(f, word));
        return role switch
        {
            "section" when Is("department") => 0.6,
            "heading" when Is("name") => 0.45,
            "link" when Is("name") => 0.42,
            "date" when Is("date") => 0.45,
            "address" when Is("location") => 0.45,
            "emphasis" when Is("name") => 0.35,
            "record" when Is("name") => 0.3,
            _ => 0,
        };
    }

    private static bool Related(string a, string b) => Synonyms.TryGetValue(a, out var group) && group.Contains(b);

    private static Dictionary<string, HashSet<string>> BuildSynonyms()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in SynonymGroups)
        {
            foreach (var word in group)
            {
                if (!map.TryGetValue(word, out var set))
                {
                    map[word] = set = [];
                }

                set.UnionWith(group);
            }
        }

        return map;
    }

    [GeneratedRegex("[A-Za-z]+|[0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
