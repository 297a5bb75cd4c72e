namespace WebTasks.Planner.Planning;

/// <summary>A field bound to where it is read, with how sure the planner is (name match × fill).</summary>
public sealed record FieldBinding(RecordField Field, SurveySource Source, double Score);

/// <summary>The structure chosen for the records and where each field comes from.</summary>
public sealed record Choice(SurveyCandidate Candidate, IReadOnlyList<FieldBinding> Bindings, IReadOnlyList<string> MissingOptional, double Score);

/// <summary>
/// Picks the records and binds the fields, or declines: when a required field is not in most records, or when two
/// unrelated structures fit about equally well. Declining is the point: a wrong guess would be saved and replayed.
/// </summary>
public static class PlanChooser
{
    /// <summary>A field must be named at least this well (a role or a partial name).</summary>
    public const double MinNameScore = 0.4;

    /// <summary>An optional field must read as its type in at least half the records…</summary>
    public const double MinFill = 0.5;

    /// <summary>…and a required one in most of them.</summary>
    public const double MinRequiredFill = 0.8;

    /// <summary>Two structures whose scores are closer than this tie.</summary>
    public const double TieMargin = 0.05;

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "with", "from", "every", "each", "all", "its", "their", "this", "that", "page", "pages",
        "extract", "get", "list", "find", "scrape", "collect", "give", "return", "into", "onto", "out", "one", "per",
    ];

    public static (Choice? Choice, string? Decline) Choose(RecordShape shape, Survey survey, string task)
    {
        if (survey.Candidates.Count == 0)
        {
            return (null, $"The planner found no repeated structure (rows, list items, cards) on {survey.Url} to read records from.");
        }

        var taskWords = FieldMatcher.Tokens(task).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToHashSet();
        var scored = survey.Candidates.Select((c, i) => (Index: i, Choice: Bind(shape, c, taskWords))).ToList();
        var viable = scored
            .Where(s => shape.Fields.Where(f => f.Required).All(f => s.Choice.Bindings.Any(b => b.Field == f && b.Source.FillOf(f.Type) >= MinRequiredFill)))
            .OrderByDescending(s => s.Choice.Score)
            .ThenByDescending(s => s.Choice.Candidate.Count)
            .ToList();

        if (viable.Count == 0)
        {
            var closest = scored.OrderByDescending(s => s.Choice.Bindings.Count(b => b.Field.Required && b.Source.FillOf(b.Field.Type) >= MinRequiredFill))
                .ThenByDescending(s => s.Choice.Score).First().Choice;
            var missing = shape.Fields.Where(f => f.Required && !closest.Bindings.Any(b => b.Field == f && b.Source.FillOf(f.Type) >= MinRequiredFill)).Select(f => f.Name);
            var found = closest.Bindings.Count == 0 ? "none of the fields" : string.Join(", ", closest.Bindings.Select(b => b.Field.Name));
            return (null,
                $"The planner could not find these required fields in most records: {string.Join(", ", missing)}. " +
                $"The closest structure, '{closest.Candidate.Selector}' ({closest.Candidate.Count} records), has {found}. " +
                "Nothing was saved; describe the fields as the page names them, make them optional, or save a script yourself.");
        }

        var best = viable[0];
        var rival = viable.Skip(1).FirstOrDefault(s =>
            !best.Choice.Candidate.Related.Contains(s.Index) && !s.Choice.Candidate.Related.Contains(best.Index) &&
            best.Choice.Score - s.Choice.Score < TieMargin);
        if (rival.Choice is not null)
        {
            return (null,
                $"Two structures on the page fit the schema about equally well: '{best.Choice.Candidate.Selector}' ({best.Choice.Candidate.Count} records) " +
                $"and '{rival.Choice.Candidate.Selector}' ({rival.Choice.Candidate.Count} records). The planner does not guess: " +
                "say in the task which one you want (by its heading or caption), or save a script yourself.");
        }

        return (best.Choice, null);
    }

    private static Choice Bind(RecordShape shape, SurveyCandidate candidate, HashSet<string> taskWords)
    {
        var pairs = new List<FieldBinding>();
        foreach (var field in shape.Fields)
        {
            foreach (var source in candidate.Sources)
            {
                var name = FieldMatcher.Score(field, source);
                var fill = source.FillOf(field.Type);
                if (name >= MinNameScore && fill >= MinFill)
                {
                    pairs.Add(new FieldBinding(field, source, name * fill));
                }
            }
        }

        // Best pairs first; a field takes one source and a source serves one field.
        var bindings = new List<FieldBinding>();
        foreach (var pair in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Source.Sel.Length))
        {
            if (!bindings.Any(b => b.Field == pair.Field || b.Source == pair.Source))
            {
                bindings.Add(pair);
            }
        }

        double Weight(RecordField f) => f.Required ? 2 : 1;
        var score = shape.Fields.Sum(f => Weight(f) * (bindings.FirstOrDefault(b => b.Field == f)?.Score ?? 0)) / shape.Fields.Sum(Weight);
        var context = candidate.Context.SelectMany(FieldMatcher.Tokens).ToHashSet();
        score += Math.Min(0.16, 0.08 * taskWords.Count(context.Contains));
        var ordered = shape.Fields.Select(f => bindings.FirstOrDefault(b => b.Field == f)).OfType<FieldBinding>().ToList();
        var missing = shape.Fields.Where(f => !f.Required && ordered.All(b => b.Field != f)).Select(f => f.Name).ToList();
        return new Choice(candidate, ordered, missing, score);
    }
}
