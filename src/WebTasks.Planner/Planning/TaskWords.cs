using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// The task's own words for the fields: a task that lists as many things as the schema has fields, in the schema's
/// order ("with its title, writer and cost" for name, author, price), names each field as the page may name it.
/// A list counts only when at least one of its items names its own field, so that the order is known to agree.
/// </summary>
public static partial class TaskWords
{
    /// <summary>Per field, the content words the task uses for it; empty when the task lists no such sequence.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases(string task, IReadOnlyList<RecordField> fields)
    {
        foreach (var sentence in SentenceBreak().Split(task))
        {
            var items = ListItems(sentence);
            if (fields.Count >= 2 && items.Count == fields.Count && items.All(i => i.Count > 0)
                && fields.Select((f, i) => FieldMatcher.NameScore(f.Words, items[i])).Any(score => score >= 0.75))
            {
                return fields.Select((f, i) => (f.Name, Words: items[i])).ToDictionary(p => p.Name, p => p.Words);
            }
        }

        return new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>"Extract every book with its title, writer, cost and rating" → [title], [writer], [cost], [rating].</summary>
    private static List<IReadOnlyList<string>> ListItems(string sentence)
    {
        var parts = ListSeparator().Split(sentence).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return [];
        }

        // The first item is what follows the last "with", "get", ":" … before it; the others are whole.
        var lead = ListLead().Match(parts[0]);
        parts[0] = lead.Success ? parts[0][(lead.Index + lead.Length)..] : parts[0];
        // An item of filler words alone ("number" for an episode's number) still names its field.
        return parts.Select(p => FieldMatcher.ContentWords(p) is { Count: > 0 } words ? words : FieldMatcher.Tokens(p)).ToList();
    }

    [GeneratedRegex(@"[.;!?]\s|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^.*(?:\bwith|\bget|\blist|\bextract|\bcollect|\bincluding|\bshowing|:)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();
}
