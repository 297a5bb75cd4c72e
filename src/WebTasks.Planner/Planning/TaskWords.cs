using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// The task's own words for the fields: a task that lists as many things as the schema has fields, in the schema's
/// order ("with its title, writer and cost" for name, author, price), names each field as the page may name it.
/// A list counts only when at least one of its items names its own field, so that the order is known to agree.
/// </summary>
public static partial class TaskWords
{
    /// <summary>
    /// Per field, the content words the task uses for it; empty when the task lists no such sequence. Words the task
    /// says before its list name the site's subject, not a field ("fish" of "this fish smokers group's page … the price
    /// of one carton of smoked fish"), unless the item has no others.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases(string task, IReadOnlyList<RecordField> fields)
    {
        var (lead, items) = Items(task, fields);
        var subject = FieldMatcher.ContentWords(lead).ToHashSet();
        return items.ToDictionary(p => p.Key, p => Words(p.Value) is var words && words.Where(w => !subject.Contains(w)).ToList() is { Count: > 0 } own ? own : words);
    }

    /// <summary>Per field, what the task says of it in brackets ("the title (without the quotation marks)").</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Asides(string task, IReadOnlyList<RecordField> fields) =>
        Items(task, fields).Items.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. Aside().Matches(p.Value).SelectMany(m => FieldMatcher.Tokens(m.Value))]);

    private static (string Lead, IReadOnlyDictionary<string, string> Items) Items(string task, IReadOnlyList<RecordField> fields)
    {
        foreach (var (lead, items) in SentenceBreak().Split(task).SelectMany(ListsIn))
        {
            if (fields.Count >= 2 && items.Count == fields.Count && items.All(i => Words(i).Count > 0)
                && fields.Select((f, i) => FieldMatcher.NameScore(f.Words, Words(items[i]))).Any(score => score >= 0.75))
            {
                return (lead, fields.Select((f, i) => (f.Name, Item: items[i])).ToDictionary(p => p.Name, p => p.Item));
            }
        }

        return ("", new Dictionary<string, string>());
    }

    /// <summary>An item of filler words alone ("number" for an episode's number) still names its field.</summary>
    private static IReadOnlyList<string> Words(string item) => FieldMatcher.ContentWords(item) is { Count: > 0 } words ? words : FieldMatcher.Tokens(item);

    /// <summary>
    /// "Extract every book with its title, writer, cost and rating" → title, writer, cost, rating; where the sentence
    /// lists other things before ("Search for books of the genre and list every book with its title, …"), also the
    /// list from each later "with", "get", ":" ….
    /// </summary>
    private static IEnumerable<(string Lead, List<string> Items)> ListsIn(string sentence)
    {
        var parts = ListSeparator().Split(sentence).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        for (var first = 0; first < parts.Count - 1; first++)
        {
            // The first item is what follows the last "with", "get", ":" … before it; the others are whole.
            var lead = ListLead().Match(parts[first]);
            if (first > 0 && !lead.Success)
            {
                continue;
            }

            var items = parts.Skip(first).ToList();
            items[0] = lead.Success ? items[0][(lead.Index + lead.Length)..] : items[0];
            yield return (string.Join(' ', parts.Take(first).Append(lead.Value)), items);
        }
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"[.;!?]\s|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^.*(?:\bwith|\bget|\blist|\bextract|\bcollect|\bincluding|\bshowing|:)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();
}
