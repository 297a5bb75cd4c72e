namespace WebTasks.Planner.Planning;

/// <summary>What the in-page survey (Scripts/survey.js) found on a page.</summary>
public sealed record Survey(string Url, string Title, IReadOnlyList<SurveyCandidate> Candidates, SurveyPaging Paging);

/// <summary>A repeated structure: <see cref="Selector"/> matches exactly its records on the page (' >>> ' enters a shadow root).</summary>
/// <param name="Parts">How many sibling lists it joins (the people lists of several departments).</param>
/// <param name="Sampled">How many of its records the survey read.</param>
/// <param name="Context">Ids, classes, captions and headings around it, to match words of the task.</param>
/// <param name="Related">Candidates inside or around this one.</param>
public sealed record SurveyCandidate(
    string Selector,
    int Count,
    int Parts,
    int Sampled,
    IReadOnlyList<string> Context,
    IReadOnlyList<int> Related,
    IReadOnlyList<SurveySource> Sources);

/// <summary>
/// A place a value can be read in each record (or once on a page), with what it holds: how well its values fit each
/// wanted field (<see cref="Fit"/>: the share of records whose value has the field's type and meets its schema),
/// how they vary, what they look like, and the hints that name it.
/// </summary>
public sealed record SurveySource
{
    /// <summary>CSS selector relative to the record ('' for the record itself; ' >>> ' enters a shadow root).</summary>
    public required string Sel { get; init; }

    /// <summary>text, line:&lt;n&gt; (the n-th line its &lt;br&gt;s break), attr:&lt;name&gt;, icons (a rating drawn as icons, read as the glyphs it shows), labelled (by <see cref="Label"/>) or heading.</summary>
    public required string Read { get; init; }

    /// <summary>"end": the end of a range of dates, times or two numbers the text holds ("6 Mar ~ 31 May" → "31 May"); "town": the town after
    /// a postcode ("03-841 Warszawa" → "Warszawa"); "last": the last of a place's parts ("Dent, Cumbria" → "Cumbria");
    /// null: the text as it is.</summary>
    public string? Span { get; init; }

    /// <summary>The key a labelled value is found by (the label in lower case, without its colon).</summary>
    public string? Label { get; init; }

    /// <summary>The label as some records write it otherwise, never beside <see cref="Label"/> ("alpchäs am stück, 1 kg" for "alpchäs, 1 kg").</summary>
    public IReadOnlyList<string>? Alts { get; init; }

    /// <summary>The column header or label that names its element, as the page writes it ("Talstation").</summary>
    public string? Named { get; init; }

    /// <summary>On a page read as one object, the caption of the alike item it sits in ("Plano anual"), for messages.</summary>
    public string? Caption { get; init; }

    /// <summary>Its label or header with the word that denies it left out ("Nichtmitglieda" → "mitglieda"), where it has one.</summary>
    public string? Unnegated { get; init; }

    /// <summary>The label as the page writes it, for messages.</summary>
    public string? Shown { get; init; }

    /// <summary>A word every value starts with and that is not part of it ("by ").</summary>
    public string? Drop { get; init; }

    /// <summary>Named by the label beside it in the first record, while other records label the same place otherwise.</summary>
    public bool Unsteady { get; init; }

    /// <summary>Headers, labels, class and attribute names, item properties, and roles (role:heading, role:link, …).</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];

    /// <summary>Position in the record, in document order.</summary>
    public int Order { get; init; }

    /// <summary>How many records it was looked for in (1 on a page read as one object).</summary>
    public int Seen { get; init; } = 1;

    /// <summary>Share of the records that have it.</summary>
    public double Present { get; init; } = 1;

    /// <summary>How many different values it takes across the records.</summary>
    public int Distinct { get; init; }

    /// <summary>On a page read as one object: inside a header, navigation, footer or sidebar.</summary>
    public bool Boilerplate { get; init; }

    /// <summary>On a page read as one object: inside one of several alike items (a related product, a team member).</summary>
    public bool Repeated { get; init; }

    /// <summary>On a detail page rather than in the list's record.</summary>
    public bool Detail { get; init; }

    /// <summary>Share of values struck through (an old price).</summary>
    public double Struck { get; init; }

    /// <summary>Share of records whose element, read whole, says a price on each of two or more lines (a list of prices).</summary>
    public double PricedLines { get; init; }

    /// <summary>Share of values that begin a longer value read elsewhere, which goes on after a mark ("Nett Lake" of "Nett Lake — Bois Forte").</summary>
    public double Leads { get; init; }

    /// <summary>Share of values that are a note on a value beside them (smaller type in another colour).</summary>
    public double Note { get; init; }

    /// <summary>Share of values read together with their note ("Ga-Molepo (Polokwane)", the note in small grey type).</summary>
    public double WithNote { get; init; }

    /// <summary>Share of records whose value is made of two or more other sources' values (a title with its artist).</summary>
    public double Composite { get; init; }

    public SourceTraits Traits { get; init; } = new();

    public IReadOnlyDictionary<string, double> Fit { get; init; } = new Dictionary<string, double>();

    /// <summary>Per field, a digest of the typed values: two sources with the same key read the same thing.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();

    /// <summary>Per boolean field, which of the two texts it shows means yes.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Is { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, bool>>();

    /// <summary>Per boolean field, what it means when this element is there (and the opposite when it is not).</summary>
    public IReadOnlyDictionary<string, bool> PresentAs { get; init; } = new Dictionary<string, bool>();

    /// <summary>Per number field that names a unit, the share of values written with that unit after the number.</summary>
    public IReadOnlyDictionary<string, double> Units { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<string> Sample { get; init; } = [];

    /// <summary>A start every value shares, cut at a word boundary ("東京都" of 東京都新宿区).</summary>
    public string? Prefix { get; init; }

    /// <summary>An end every value shares, cut at a word boundary (", Madrid" of "Retiro, Madrid").</summary>
    public string? Suffix { get; init; }

    public double FitOf(string field) => Fit.TryGetValue(field, out var fit) ? fit : 0;

    /// <summary>The element it is read from, as a person would look for it.</summary>
    private string Element => Sel.Length == 0 ? "the record" : Sel.Replace(":scope > ", "", StringComparison.Ordinal);

    private string Naming => Named is not null ? $" (\"{Named}\"{Within})" : Caption is not null ? $" (in \"{Caption}\")" : "";

    /// <summary>The alike item it sits in, after what names it (" in \"🫎 Mush\""), or nothing.</summary>
    private string Within => Caption is not null ? $" in \"{Caption}\"" : "";

    public string Describe() => Read switch
    {
        "labelled" => $"the value labelled \"{Shown ?? Label}\"" + (Alts is { Count: > 0 } alts ? $" (or \"{string.Join("\", \"", alts)}\")" : "") + Within,
        "heading" => "the heading of its section",
        "icons" => $"the icons filled in {Element}",
        "state" => $"whether {Element} can be used (not greyed out)",
        _ when Span == "end" => $"the end of the range in {Element}",
        _ when Span == "last" => $"the last part of {Element}",
        _ when Span == "town" => $"the town after the postcode in {(Read.StartsWith("line:", StringComparison.Ordinal) ? $"line {Read[5..]} of " : "")}{Element}",
        _ => $"{(Read == "text" ? "the text" : Read.StartsWith("line:", StringComparison.Ordinal) ? $"line {Read[5..]}" : Read.StartsWith("part:", StringComparison.Ordinal) ? $"part {Read[5..]} (between dots or bars)" : Read[5..])} of {Element}{Naming}",
    };
}

/// <summary>
/// Shares of the values that look like money, a percentage, a rating (star glyphs or "4.6 out of 5"), a phone number, a bare number, a date, a year, a price per unit, "Label: value"
/// text, an email address, a postal address, or a link to a page on the same site (<see cref="Local"/>), and their
/// mean length in words.
/// </summary>
public sealed record SourceTraits
{
    public double Currency { get; init; }

    public double Percent { get; init; }

    public double Stars { get; init; }

    public double Phone { get; init; }

    public double Numeric { get; init; }

    /// <summary>Share of values that are a measure with its unit ("350 м", "12 kg").</summary>
    public double Measured { get; init; }

    /// <summary>Share of values that are one number with a fractional part ("1.1305"): measures, not identifiers.</summary>
    public double Fraction { get; init; }

    /// <summary>Share of values that are one upper-case token ("USD", "BYB-20417").</summary>
    public double Code { get; init; }

    /// <summary>Share of values that read as a date.</summary>
    public double Date { get; init; }

    /// <summary>Share of values whose only number is a year (1800–2099).</summary>
    public double Year { get; init; }

    /// <summary>Share of values that are a price per unit ("£3.00/kg", "17,20 €/l").</summary>
    public double PerUnit { get; init; }

    public double Labelled { get; init; }

    public double Email { get; init; }

    public double Address { get; init; }

    /// <summary>Share of values written as a street and its house number ("Navoiy ko‘chasi, 28"): no count or amount.</summary>
    public double Street { get; init; }

    /// <summary>Share of values written as a place and its region or state ("Annapolis, MD", "Keswick, Cumbria").</summary>
    public double Town { get; init; }

    /// <summary>Share of values that are amounts written short ("£2.41m").</summary>
    public double Rounded { get; init; }

    /// <summary>Share of values that hold two numbers or more ("the 3 most useful of 1 024 reviews").</summary>
    public double Numbers { get; init; }

    /// <summary>Share of values that are one token of letters and then digits ("x003", "SKU-12"): a code, no amount.</summary>
    public double Coded { get; init; }

    /// <summary>Share of values that are a yes or a no ("Ja", "✓", "Ina" on a Tsonga page).</summary>
    public double YesNo { get; init; }

    /// <summary>Share of values that say "free" ("Gratis", "Bilisa"): a price of nothing, no count.</summary>
    public double Free { get; init; }

    /// <summary>1 where the records count themselves: 1., 2., 3. (or #01, #02, …) in their order; a row's number, no measure.</summary>
    public double Counter { get; init; }

    /// <summary>Share of values that end with a company's legal form (GmbH, Ltd, LLC, S.L., …).</summary>
    public double Company { get; init; }

    public double Local { get; init; }

    public double Words { get; init; }
}

/// <summary>Which kinds of pagination the page shows: how the next page is found (rel, aria-label, text) if any.</summary>
public sealed record SurveyPaging(string? Next, bool Numbered, bool LoadMore);

/// <summary>A page read as one object.</summary>
public sealed record PageSurvey(string Url, string Title, IReadOnlyList<SurveySource> Sources);

/// <summary>Detail pages read as records: how many could be fetched and their sources.</summary>
public sealed record DocumentSurvey(IReadOnlyList<SurveySource> Sources, int Pages);

public sealed record FormSurvey(IReadOnlyList<SurveyForm> Forms);

/// <summary>A form: its visible controls and the button that submits it (null: press Enter).</summary>
public sealed record SurveyForm(int Index, IReadOnlyList<FormControl> Controls, string? Submit, string? SubmitText);

/// <summary>A form control and everything that names it.</summary>
/// <param name="Kind">text, select, checkbox or radio.</param>
public sealed record FormControl(string Sel, string Kind, string Type, string Name, string Id, string Label, string Placeholder, string Aria, IReadOnlyList<ControlOption> Options);

public sealed record ControlOption(string Text, string Value);

/// <summary>Every link to a file of the kinds asked for, in page order (a file linked twice is there twice).</summary>
public sealed record FileSurvey(IReadOnlyList<LinkContext> Links);

/// <summary>
/// A file link and its words as compared (lower case, no accents, one space around each): its own (text, file name,
/// column), its row's (or list item's), the item's it belongs to (the outermost of several alike things around it), and
/// the heading it comes under.
/// </summary>
public sealed record LinkContext(string Href, string Own, string Row, string Item, string Section);
