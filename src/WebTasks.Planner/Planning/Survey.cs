namespace WebTasks.Planner.Planning;

/// <summary>What the in-page survey (Scripts/survey.js) found on a page.</summary>
public sealed record Survey(string Url, string Title, IReadOnlyList<SurveyCandidate> Candidates, SurveyPaging Paging);

/// <summary>A repeated structure: <see cref="Selector"/> matches exactly its records on the page.</summary>
/// <param name="Parts">How many sibling lists it joins (the people lists of several departments).</param>
/// <param name="Context">Ids, classes, captions and headings around it, to match words of the task.</param>
/// <param name="Related">Candidates inside or around this one.</param>
public sealed record SurveyCandidate(
    string Selector,
    int Count,
    int Parts,
    IReadOnlyList<string> Context,
    IReadOnlyList<int> Related,
    IReadOnlyList<SurveySource> Sources);

/// <summary>A place a value can be read in each record, and how often it reads as each wanted type.</summary>
/// <param name="Sel">CSS selector relative to the record ('' for the record itself).</param>
/// <param name="Read">text, attr:&lt;name&gt;, labelled (by <see cref="Label"/>) or heading.</param>
public sealed record SurveySource(
    string Sel,
    string Read,
    string? Label,
    IReadOnlyList<string> Hints,
    IReadOnlyDictionary<string, double> Fill,
    IReadOnlyList<string> Sample)
{
    public double FillOf(string type) => Fill.TryGetValue(type, out var fill) ? fill : 0;

    public string Describe() => Read switch
    {
        "labelled" => $"the value labelled \"{Label}\"",
        "heading" => "the heading of its section",
        _ => $"{(Read == "text" ? "the text" : Read[5..])} of {(Sel.Length == 0 ? "the record" : Sel.Replace(":scope > ", "", StringComparison.Ordinal))}",
    };
}

/// <summary>Which kinds of pagination the page shows: how the next page is found (rel, aria-label, text) if any.</summary>
public sealed record SurveyPaging(string? Next, bool Numbered, bool LoadMore);
