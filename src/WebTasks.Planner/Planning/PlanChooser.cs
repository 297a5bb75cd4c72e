namespace WebTasks.Planner.Planning;

/// <summary>A field bound to where it is read, with the evidence score that chose it.</summary>
public sealed record FieldBinding(RecordField Field, SurveySource Source, double Score);

/// <summary>Two or more places that fit a field about equally well.</summary>
/// <param name="Unsteady">The first place is named so in the first record only (<see cref="SurveySource.Unsteady"/>).</param>
public sealed record Ambiguity(RecordField Field, IReadOnlyList<SurveySource> Places, bool Unsteady = false);

/// <summary>The records (or the page) chosen and where each field comes from; <see cref="LeftOut"/> lists optional fields not filled, and why.</summary>
public sealed record Choice(SurveyCandidate Candidate, IReadOnlyList<FieldBinding> Bindings, IReadOnlyList<string> LeftOut, double Score);

/// <summary>
/// Binds the schema's fields to places on the page by evidence, jointly (an optimal assignment, each place serving
/// one field), and declines rather than guesses: when a required field has no credible place, when two assignments
/// read different values about equally well and the page's order does not settle it, or when two unrelated
/// structures fit about equally well. A wrong guess would be saved and replayed.
/// </summary>
public static class PlanChooser
{
    /// <summary>Two assignments (sums of evidence) or two structures (mean evidence) closer than this tie.</summary>
    public const double TieMargin = 0.15;

    /// <summary>How far below the best place a preferred place (on the record's own page) may be and still be chosen first.</summary>
    private const double PreferredMargin = 0.3;

    /// <summary>Two structures whose scores are closer than this tie.</summary>
    public const double StructureTieMargin = 0.05;

    private const int OptionsPerField = 8;

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "with", "from", "every", "each", "all", "its", "their", "this", "that", "page", "pages",
        "extract", "get", "list", "find", "scrape", "collect", "give", "return", "into", "onto", "out", "one", "per",
    ];

    /// <summary>The best binding of the fields in one structure's records (or one page), with what is missing or tied.</summary>
    public sealed record Bound(SurveyCandidate Candidate, IReadOnlyList<FieldBinding> Bindings, IReadOnlyList<RecordField> Missing, IReadOnlyList<Ambiguity> Ambiguous, IReadOnlyList<string> LeftOut, double Score)
    {
        /// <summary>Every required field has a credible place and none is tied.</summary>
        public bool Complete => Missing.Count == 0 && Ambiguous.Count == 0;
    }

    public static (Choice? Choice, string? Decline) Choose(RecordShape shape, Survey survey, string task)
    {
        if (survey.Candidates.Count == 0)
        {
            return (null, $"The planner found no repeated structure (rows, list items, cards) on {survey.Url} to read records from.");
        }

        var aliases = TaskWords.Aliases(task, shape.Fields);
        var taskWords = FieldMatcher.Tokens(task).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToHashSet();
        var scored = survey.Candidates.Select((c, i) => (Index: i, Bound: WithContext(Bind(shape.Fields, c, aliases), taskWords))).ToList();
        var filled = scored.Where(s => s.Bound.Missing.Count == 0).OrderByDescending(s => s.Bound.Score).ThenByDescending(s => s.Bound.Candidate.Count).ToList();
        if (filled.Count == 0)
        {
            var closest = scored.OrderBy(s => s.Bound.Missing.Count).ThenByDescending(s => s.Bound.Score).First().Bound;
            return (null, MissingMessage(closest, $"The closest structure, '{closest.Candidate.Selector}' ({closest.Candidate.Count} records),"));
        }

        var best = filled[0];
        if (best.Bound.Ambiguous.Count > 0)
        {
            return (null, AmbiguityMessage(best.Bound, $"in the records '{best.Bound.Candidate.Selector}' ({best.Bound.Candidate.Count})"));
        }

        var rival = filled.Skip(1).FirstOrDefault(s =>
            best.Bound.Score - s.Bound.Score < StructureTieMargin
            && !survey.Candidates[best.Index].Related.Contains(s.Index)
            && s.Bound.Candidate.Selector != best.Bound.Candidate.Selector);
        if (rival.Bound is not null)
        {
            return (null,
                $"Two structures on the page fit the schema about equally well: '{best.Bound.Candidate.Selector}' ({best.Bound.Candidate.Count} records) " +
                $"and '{rival.Bound.Candidate.Selector}' ({rival.Bound.Candidate.Count} records). The planner does not guess: " +
                "say in the task which one you want (by its heading or caption), or save a script yourself.");
        }

        return (ToChoice(best.Bound), null);
    }

    /// <summary>The page read as one object, or why not.</summary>
    public static (Choice? Choice, string? Decline) ChooseObject(RecordShape shape, PageSurvey page, string task)
    {
        var candidate = new SurveyCandidate("", 1, 1, 1, [], [], page.Sources);
        var bound = Bind(shape.Fields, candidate, TaskWords.Aliases(task, shape.Fields));
        if (bound.Missing.Count > 0)
        {
            return (null, MissingMessage(bound, $"On {page.Url} the planner"));
        }

        return bound.Ambiguous.Count > 0 ? (null, AmbiguityMessage(bound, $"on {page.Url}")) : (ToChoice(bound), null);
    }

    /// <summary>
    /// Binds fields to one structure's sources: per field the credible places (one per distinct reading; only the
    /// <paramref name="preferred"/> ones when it has any there), then the optimal joint assignment; rivals within
    /// <see cref="TieMargin"/> that read other values are settled by the order of the page (the schema's order of
    /// fields is the page's order) or left as ambiguities.
    /// </summary>
    public static Bound Bind(IReadOnlyList<RecordField> fields, SurveyCandidate candidate, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, Func<SurveySource, bool>? preferred = null)
    {
        var sources = candidate.Sources;
        var yesNoWords = fields.SelectMany(f => f.YesNoMeanings).Select(m => m.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var options = fields.Select(field => (IReadOnlyList<AssignmentOption>)Preferred(sources
            .Select((source, index) => (Source: source, Option: new AssignmentOption(index, source.Keys.GetValueOrDefault(field.Name) ?? "#" + index, Evidence.Score(field, source, aliases.GetValueOrDefault(field.Name)), source.Order)))
            .Where(p => p.Option.Score >= Evidence.Credible && (!field.Required || p.Source.FitOf(field.Name) >= Evidence.MinRequiredFill))
            // The words a yes/no field's description says mean yes and no ("हिन् = yes, आरे = no") are its, not a text's.
            .Where(p => field.Type != "string" || p.Source.Sample.Count == 0 || !p.Source.Sample.All(v => yesNoWords.Contains(v.Trim())))
            .ToList(), field, aliases.GetValueOrDefault(field.Name), preferred)
            .GroupBy(p => p.Option.Reading)
            .Select(Placed)
            .OrderByDescending(o => o.Score)
            .ThenBy(o => o.Order)
            .Take(OptionsPerField)
            .ToList()).ToList();

        var near = Assignment.Near(options, TieMargin);
        var winners = Assignment.InOrder(near, options);
        var chosen = winners[0];
        var readings = winners.Select(w => w.Readings(options)).ToList();
        var traded = Traded(fields, near, chosen, options);
        var ambiguous = new List<Ambiguity>();
        var leftOut = new List<string>();
        var missing = new List<RecordField>();
        var bindings = new List<FieldBinding>();
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            if (readings.Select(r => r[f]).Distinct().Count() > 1 || traded.Contains(f))
            {
                var places = (traded.Contains(f) ? near : winners).Select(w => w.Choices[f]).Where(c => c >= 0).Distinct().Select(c => sources[options[f][c].Source]).ToList();
                if (field.Required)
                {
                    ambiguous.Add(new Ambiguity(field, places));
                }
                else
                {
                    leftOut.Add($"{field.Name}: {places.Count} places fit about equally well ({string.Join("; ", places.Select(Example))}); left out");
                }

                continue;
            }

            var option = chosen.Choices[f] >= 0 ? options[f][chosen.Choices[f]] : null;
            if (option is not null && sources[option.Source] is { Unsteady: true, Named: not null } unsteady)
            {
                // Its name holds in the first record only (the second line of a price list: the tasting tour on one
                // estate, the children's tour on the next): not a place to read the field from, nor to guess past.
                var rivals = options[f].Select(o => sources[o.Source]).Where(s => s != unsteady).Take(2);
                if (field.Required)
                {
                    ambiguous.Add(new Ambiguity(field, [unsteady, .. rivals], Unsteady: true));
                }
                else
                {
                    leftOut.Add($"{field.Name}: {Example(unsteady)} is labelled otherwise in other records; left out");
                }
            }
            else if (option is not null)
            {
                bindings.Add(new FieldBinding(field, sources[option.Source], option.Score));
            }
            else if (field.Required)
            {
                missing.Add(field);
            }
            else
            {
                leftOut.Add($"{field.Name}: not found on the page; left out");
            }
        }

        double Weight(RecordField f) => f.Required ? 2 : 1;
        var score = bindings.Sum(b => Weight(b.Field) * Math.Min(b.Score, 2)) / fields.Sum(Weight);
        return new Bound(candidate, bindings, missing, ambiguous, leftOut, score);
    }

    /// <summary>
    /// Number fields that an assignment about as good as the chosen one reads elsewhere: the page's order settles a tie
    /// between texts (a title comes before its author) but not which of two bare numbers is the price and which the
    /// rooms, or which of two lengths the one asked for.
    /// </summary>
    private static HashSet<int> Traded(IReadOnlyList<RecordField> fields, IReadOnlyList<Assignment> near, Assignment chosen, IReadOnlyList<IReadOnlyList<AssignmentOption>> options) =>
        [.. Enumerable.Range(0, fields.Count).Where(f => fields[f].Type is "number" or "integer" && chosen.Choices[f] >= 0
            && near.Any(a => a.Choices[f] >= 0 && options[f][a.Choices[f]].Reading != options[f][chosen.Choices[f]].Reading))];

    private static IEnumerable<(SurveySource Source, AssignmentOption Option)> Preferred(List<(SurveySource Source, AssignmentOption Option)> credible, RecordField field, IReadOnlyList<string>? taskWords, Func<SurveySource, bool>? preferred)
    {
        // A field the description says is read in the list is not read on the record's own page.
        var plain = Denied(Plain(Shadowless(credible.Where(p => !(field.InList && p.Source.Detail)).ToList()), field, taskWords), field, taskWords);
        // A preferred place far below the best is not where the field is ("village as written in the list": the
        // record's own page has no village, only texts that are barely credible as one).
        var best = plain.Count == 0 ? 0 : plain.Max(p => p.Option.Score);
        var near = plain.Where(p => preferred is not null && preferred(p.Source) && p.Option.Score >= best - PreferredMargin).ToList();
        return near.Count > 0 ? near : plain;
    }

    /// <summary>
    /// Of places that read alike, the best; then the one most plainly named: text, read whole (not the end of a range
    /// that reads as the amount after it), the shortest path. A place in a list its label names (the first row of a
    /// small table of prices, "双人间，一黑夜") is read by that label where the label reads alike: on the list's next
    /// page, not sampled, the rows may come in another order; so may they on the records' own pages not sampled (a price
    /// list whose rows three sampled pages write in one order and the next page in another).
    /// </summary>
    private static AssignmentOption Placed(IEnumerable<(SurveySource Source, AssignmentOption Option)> alike)
    {
        var places = alike.ToList();
        var best = places.OrderByDescending(p => p.Option.Score).ThenBy(p => p.Source.Read == "text" ? 0 : 1)
            .ThenBy(p => p.Source.Span is null ? 0 : 1).ThenBy(p => p.Source.Sel.Length).First();
        var byLabel = best.Source is { Read: not "labelled", Named: { } named }
            ? places.FirstOrDefault(p => p.Source is { Read: "labelled", Unsteady: false, Label: { } label } && LabelWords(label) == LabelWords(named))
            : default;
        return byLabel.Source is null ? best.Option : best.Option with { Source = byLabel.Option.Source };
    }

    /// <summary>
    /// A place the first record's label names but other records label otherwise ("Monthly" on the second row of one ad's
    /// prices, the first of the next) is a shadow of the value read by that label in every record: the labelled one stands.
    /// </summary>
    private static List<(SurveySource Source, AssignmentOption Option)> Shadowless(List<(SurveySource Source, AssignmentOption Option)> credible)
    {
        // A label's longer spelling in some records ("어른 1인 (미깡 1kg 가져감)" beside "어른 1인") is that label too.
        var labels = credible.Where(p => p.Source is { Read: "labelled", Unsteady: false, Label: not null })
            .SelectMany(p => new[] { p.Source.Label! }.Concat(p.Source.Alts ?? [])).Select(LabelWords).ToHashSet();
        return [.. credible.Where(p => !(p.Source.Unsteady && p.Source.Named is { } named && labels.Contains(LabelWords(named))))];
    }

    private static readonly HashSet<string> PlainWords = ["plain", "basic", "simple", "regular", "ordinary"];

    /// <summary>
    /// "A plain slice of vlaai": of places labelled alike but for words added to one ("Sjtök vlaai", "Sjtök vlaai mèt
    /// sjlagroum"), the one without them.
    /// </summary>
    private static List<(SurveySource Source, AssignmentOption Option)> Plain(List<(SurveySource Source, AssignmentOption Option)> credible, RecordField field, IReadOnlyList<string>? taskWords)
    {
        if (!field.DescribedWords.Concat(taskWords ?? []).Any(PlainWords.Contains))
        {
            return credible;
        }

        // Compared among places read alike (rows of one price list): a count's own label ("اتاق": rooms) is no plain
        // price of a room. Words added that the description itself gives ("dôsu" of "Kwatu pa dôsu pesoa, ũa note"
        // beside "Kwatu pa ũa pesoa, ũa note") name the field, not an extra.
        var described = field.Words.Concat(field.DescribedWords).ToHashSet();
        var labels = credible.Select(p => (p.Source.Label ?? p.Source.Named) is { } label ? FieldMatcher.Tokens(label).ToHashSet() : []).ToList();
        return [.. credible.Where((p, i) => labels[i].Count == 0
            || !labels.Where((_, j) => credible[j].Source.Read == p.Source.Read)
                .Any(other => other.Count > 0 && other.IsProperSubsetOf(labels[i]) && !labels[i].Except(other).Any(described.Contains)))];
    }

    private static readonly HashSet<string> DenyingWords = ["non", "not", "without"];

    /// <summary>
    /// "The price for someone who is not a member": of places labelled alike but for a word that denies one of them
    /// ("Übanachtung Mitglieda", "Übanachtung Nichtmitglieda"), the denied one.
    /// </summary>
    private static List<(SurveySource Source, AssignmentOption Option)> Denied(List<(SurveySource Source, AssignmentOption Option)> credible, RecordField field, IReadOnlyList<string>? taskWords)
    {
        if (!FieldMatcher.Tokens(field.Name).Concat(field.DescribedWords).Concat(taskWords ?? []).Any(DenyingWords.Contains))
        {
            return credible;
        }

        var denied = credible.Where(p => p.Source.Unnegated is not null).Select(p => LabelWords(p.Source.Unnegated!)).ToHashSet();
        var twins = credible.Where(p => p.Source.Unnegated is null && (p.Source.Label ?? p.Source.Named) is { } label && denied.Contains(LabelWords(label))).ToList();
        return twins.Count == 0 ? credible : [.. credible.Except(twins)];
    }

    /// <summary>A label as the survey writes labels (and their denials): lower case words without accents.</summary>
    private static string LabelWords(string label) => string.Join(' ', FileFilter.Words(label, years: true));

    private static Bound WithContext(Bound bound, HashSet<string> taskWords)
    {
        var context = bound.Candidate.Context.SelectMany(FieldMatcher.Tokens).ToHashSet();
        return bound with { Score = bound.Score + Math.Min(0.16, 0.08 * taskWords.Count(context.Contains)) };
    }

    private static Choice ToChoice(Bound bound) => new(bound.Candidate, bound.Bindings, bound.LeftOut, bound.Score);

    private static string Example(SurveySource source) =>
        source.Sample.Count > 0 ? $"{source.Describe()}, e.g. \"{source.Sample[0]}\"" : source.Describe();

    public static string MissingMessage(Bound bound, string where)
    {
        var fields = bound.Missing.Select(f =>
        {
            // Two places that read alike (a value and the same value by its label) are one place to name.
            var near = bound.Candidate.Sources.Select(s => (Source: s, Score: Evidence.Score(f, s, null))).Where(p => p.Score > 0).OrderByDescending(p => p.Score)
                .Select(p => p.Source).DistinctBy(s => s.Keys.GetValueOrDefault(f.Name) ?? s.Sel + "|" + s.Read).Take(2).ToList();
            return near.Count == 0 ? $"{f.Name} (nothing there reads as {f.Type})" : $"{f.Name} (closest: {string.Join("; ", near.Select(Example))})";
        });
        var found = bound.Bindings.Count == 0 ? "none of the fields" : string.Join(", ", bound.Bindings.Select(b => b.Field.Name));

        // A tie among the fields it did find is said too: the user learns both things that stop it at once.
        var tied = bound.Ambiguous.Count == 0 ? "" : $"; and more than one place fits about equally well: {Ties(bound)}";
        return $"The planner could not find these required fields credibly: {string.Join(", ", fields)}. {where} has {found}{tied}. " +
            "Nothing was saved; describe the fields as the page names them, make them optional, or save a script yourself.";
    }

    public static string AmbiguityMessage(Bound bound, string where) =>
        $"The planner found more than one place that fits about equally well {where}: {Ties(bound)}. " +
        "It does not guess: name the one you want in the task or in the field's description, or save a script yourself.";

    private static string Ties(Bound bound) =>
        string.Join("; ", bound.Ambiguous.Select(a => a.Unsteady
            ? $"'{a.Field.Name}' could be {Example(a.Places[0])}, but only the first record labels it so (the others label that place otherwise)"
                + (a.Places.Count > 1 ? $", or {string.Join(" or ", a.Places.Skip(1).Select(Example))}" : "")
            : $"'{a.Field.Name}' could be {string.Join(" or ", a.Places.Select(Example))}"));
}
