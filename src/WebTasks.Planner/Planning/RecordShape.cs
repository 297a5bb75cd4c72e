using System.Text.RegularExpressions;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebTasks.Planner.Planning;

/// <summary>What the output is: records (a list of objects), one object of scalars, or downloaded files.</summary>
public enum OutputKind
{
    Records,
    Object,
    Files,
}

/// <summary>
/// A field the planner fills, with the type its value is converted to and what the schema says about its values
/// (evidence for where it is read: a vintage between 1900 and 2100 is not a price).
/// </summary>
/// <param name="Type">string, number, integer, boolean, url, email, date or date-time.</param>
public sealed partial record RecordField(string Name, string Type, bool Required)
{
    public string? Description { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public string? Pattern { get; init; }

    /// <summary>The words of the name (inStock → in, stock), which also say what a yes/no text means for it.</summary>
    public IReadOnlyList<string> Words => FieldMatcher.Tokens(Name);

    /// <summary>
    /// For a yes/no field named by one thing (parking), the words pages use for that thing (Maegesho, Parkplatz…): a
    /// tag that says only that word, on some records and not others, says which have it.
    /// </summary>
    public IReadOnlyList<string> ThingWords => Type != "boolean" || Words.Count != 1 ? [] :
        [.. Lexicon.Labels.GetValueOrDefault(Words[0], []).Prepend(Words[0]).Distinct()];

    /// <summary>
    /// For a yes/no field, what pages in other languages write for the words of its name that are not the thing it is
    /// about alone ("free" of freeEntry: gratis, bure, मोफत…; "included"): of two texts, the one that says it says yes.
    /// </summary>
    public IReadOnlyList<string> YesWords => Type != "boolean" ? [] :
        [.. Words.Where(w => w.Length > 2).SelectMany(Lexicon.ValueWords).Where(w => w.Length >= 3 || !w.Any(char.IsAsciiLetter)).Distinct()];

    /// <summary>
    /// For a yes/no field, the page's words the description says mean yes and no ("📅 Ahad; Aiwa = yes, La = no"):
    /// page word → "yes" or "no". Where the description quotes them after saying how they are shown ("a struck-through
    /// 🛝 titled 'Gien speultuun' = no"), the quoted words are the page's.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> YesNoMeanings => Type != "boolean" || Description is null ? [] :
        [.. MeaningPattern().Matches(Description)
            .Select(m => KeyValuePair.Create(PageWords(m.Groups["page"].Value), m.Groups["value"].Value.Trim().ToLowerInvariant()))
            .Where(p => p.Key.Length > 0 && p.Value is "yes" or "no")];

    /// <summary>The page's words in what the description says, or its glyph where it says one only ("⚡ = yes, 🕯️ = no").</summary>
    private static string PageWords(string said) =>
        QuotedEnd().Match(said) is { Success: true } quoted ? quoted.Groups["words"].Value.Trim()
        : LeadingMarks().Replace(said.Trim(), "").Trim() is { Length: > 0 } words ? words : said.Trim();

    /// <summary>
    /// What the page's words mean, as the description says: an enum value's ("nafta = diesel"), yes and no ("Aiwa =
    /// yes") or a date's month ("avgust = August").
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Meanings => Type switch
    {
        "string" => EnumMeanings,
        "date" => MonthMeanings,
        _ => YesNoMeanings,
    };

    /// <summary>
    /// For a date, the months the description names the page's words for ("written day, month name, year; avgust =
    /// August, săptemvri = September"): page word → the month's number. They are read so before any language's names
    /// ("Īlul", September in the Syriac months, is not July).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> MonthMeanings => Type != "date" || Description is null ? [] :
        [.. MeaningPattern().Matches(Description)
            .Select(m => KeyValuePair.Create(PageWords(m.Groups["page"].Value), Array.FindIndex(EnglishMonths, month => month.Equals(m.Groups["value"].Value.Trim(), StringComparison.OrdinalIgnoreCase)) + 1))
            .Where(p => p.Key.Length > 0 && p.Value > 0)
            .Select(p => KeyValuePair.Create(p.Key, p.Value.ToString(CultureInfo.InvariantCulture)))];

    private static readonly string[] EnglishMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>
    /// The words a yes/no text is read by: the name's, and the description's ("whether insurance is included" for
    /// insured). The words a legend says no means ("✘ = no, cash only") are no words for the field.
    /// </summary>
    public IReadOnlyList<string> MeaningWords => Description is null ? Words : [.. Words.Concat(DescribedWords).Except(NoGlossWords).Distinct()];

    private IEnumerable<string> NoGlossWords => NoGloss().Matches(Description ?? "").SelectMany(m => FieldMatcher.ContentWords(m.Groups["gloss"].Value));

    /// <summary>Whether the value is wanted without the quotation marks around it («Мамлы» as Мамлы), as the task's words for the field or its description say.</summary>
    public bool Unquoted { get; init; }

    public static readonly HashSet<string> QuoteWords = ["quotation", "quotes", "quote", "guillemets"];

    /// <summary>The description less what it says to leave out and what it sets the field against, with its gloss ("not the deposit (caução)").</summary>
    public string? Described => Description is null ? null : ContrastPattern().Replace(LeftOutPattern().Replace(Description, " "), " ");

    /// <summary>
    /// The description's content words, less those of what it says to leave out ("town, without the barangay") and of
    /// what it is set against ("foreign-used rather than Nigerian-used": "used" tells neither apart).
    /// </summary>
    public IReadOnlyList<string> DescribedWords => Described is not { } described ? [] : [.. FieldMatcher.ContentWords(described).Except(ContrastWords)];

    /// <summary>
    /// What the description sets the field against ("price of one dokhona, not the aronai"; "rather than the kayaks"),
    /// less the words the two share ("price" of "price for one adult, not the children's price"; "kg" of "one 25 kg
    /// sack, not the price of 1 kg").
    /// </summary>
    public IReadOnlyList<string> OtherWords => Described is not { } described ? [] :
        [.. ContrastWords.Except(Words).Except(FieldMatcher.ContentWords(described)).Where(w => w.Length > 1)];

    private IEnumerable<string> ContrastWords => ContrastPattern().Matches(Description ?? "").SelectMany(m => FieldMatcher.ContentWords(m.Groups["what"].Value));

    /// <summary>Whether the description says the value is read in the list ("town as written in the list"), not on each record's own page.</summary>
    public bool InList => Description is not null && InListPattern().IsMatch(Description);

    /// <summary>
    /// Whether the description takes the part before the dots or bars that set a text's parts apart ("settlement …,
    /// before the dot, without the river after it"): the first part, not the whole nor what follows.
    /// </summary>
    public bool BeforeTheDot => Description is not null && BeforeDotPattern().IsMatch(Description);

    /// <summary>
    /// What the description leaves out what follows: "comma" ("village …, without the township after the comma"),
    /// "dash" ("without the Croatian name after the dash"); null where it says neither.
    /// </summary>
    public string? LeavesOutAfter => Description is not null && AfterBreakPattern().Match(Description) is { Success: true } m ? m.Groups["mark"].Value.ToLowerInvariant() : null;

    /// <summary>Whether the description takes the part before a slash ("woreda …, before the slash, without the kebele after it").</summary>
    public bool BeforeTheSlash => Description is not null && BeforeSlashPattern().IsMatch(Description);

    /// <summary>What the description says to leave out of the value ("without the barangay": barangay), but not the page's own word for the field ("without the word for taluka").</summary>
    public IReadOnlyList<string> LeftOutWords => Uncontrasted is not { } said ? [] :
        [.. LeftOutPattern().Matches(said).SelectMany(m => FieldMatcher.ContentWords(m.Groups["what"].Value)).Distinct()];

    /// <summary>Whether the description leaves out a name in Chinese ("without the Chinese name (達邦 etc.)"): its characters are no part of the value.</summary>
    public bool LeavesOutChinese => LeftOutWords.Contains("chinese");

    /// <summary>The description less what it sets the field against: "not the night without meals" leaves nothing out of the value.</summary>
    private string? Uncontrasted => Description is null ? null : ContrastPattern().Replace(Description, " ");

    /// <summary>
    /// The marks a description says a value may start with and is wanted without ("without the 'Kel.'/'Desa' prefix"):
    /// a record may start with another than the ones the planner sees.
    /// </summary>
    public IReadOnlyList<string> PrefixMarks => Description is null ? [] :
        [.. PrefixPattern().Matches(Description).SelectMany(m => QuotedPattern().Matches(m.Groups["marks"].Value)).Select(q => q.Groups[1].Value.Trim()).Distinct()];

    /// <summary>
    /// How the page writes what the description says to leave out, as it glosses it ("without the sub-district (ต.)":
    /// ต.; "without the municipality or town (opčina/grad)": opčina, grad; "without the emirate (إمارة ...)": إمارة).
    /// </summary>
    public IReadOnlyList<string> LeftOutMarks => Marks(LeftOutGlosses);

    /// <summary>The marks of <see cref="LeftOutMarks"/> written before an ellipsis ("without the year (anda …)"): what is left out follows them.</summary>
    public IReadOnlyList<string> MarksBefore => Marks(LeftOutGlosses.Where(gloss => Ellipsis().IsMatch(gloss)));

    private IEnumerable<string> LeftOutGlosses => Uncontrasted is not { } said ? [] :
        LeftOutPattern().Matches(said).SelectMany(m => GlossPattern().Matches(m.Groups["what"].Value)).SelectMany(g => g.Groups[1].Value.Split('/'));

    private static List<string> Marks(IEnumerable<string> glosses) =>
        [.. glosses.Select(gloss => Ellipsis().Replace(gloss, "").Trim()).Where(mark => mark.Length > 0).Distinct()];

    /// <summary>
    /// The page's words for the field, as the description glosses them outside what it leaves out or sets it
    /// against ("quarter (kartie)": kartie).
    /// </summary>
    public IReadOnlyList<string> GlossWords => [.. GlossPhrases.SelectMany(phrase => phrase).Distinct()];

    /// <summary>
    /// The words of a gloss that names the column the value is in ("camp's name as written (Урикит column)"): the
    /// column's header, which the page's values may well start with as part of the name ("Урикит Удыгир").
    /// </summary>
    public IReadOnlyList<string> ColumnWords => [.. GlossPhrases.Where(phrase => phrase.Count > 1 && phrase[^1] == "column").SelectMany(phrase => phrase.SkipLast(1)).Distinct()];

    /// <summary>
    /// The description's glosses each as its words ("dried nutmeg (pala kering)": pala kering; "last day of the whale
    /// trips (Fakaoti e tau takafaga tafua)": the label the page writes), not a legend in brackets ("Aiwa = yes").
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> GlossPhrases => [.. Glosses.Select(gloss => (IReadOnlyList<string>)[.. gloss.Where(w => w.Any(char.IsLetter))]).Where(words => words.Count > 0)];

    /// <summary>
    /// The glosses that quote a label with its numbers ("one-day trek (🦌 Нулгивун, 1 инэӈи (1 бэе))", "(🐻 Ainshi, 2\")"),
    /// each as its words and numbers in order: the label written so, not another of the same words with other numbers.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> NumberedGlossPhrases => [.. Glosses.Where(gloss => gloss.Any(w => w.All(char.IsDigit)) && gloss.Any(w => w.Any(char.IsLetter)))];

    private IEnumerable<IReadOnlyList<string>> Glosses => Described is not { } described ? [] :
        LabelGlossPattern().Matches(described).SelectMany(g => WrittenAs().Replace(g.Groups[1].Value, "").Split('/', ';')).Where(gloss => !gloss.Contains('='))
            .Select(gloss => (IReadOnlyList<string>)FieldMatcher.Tokens(gloss));

    /// <summary>Whether the description leaves out the town, region or island a place is in ("without the town"), which is written after it.</summary>
    public bool LeavesOutRegion => LeftOutWords.Any(RegionWords.Contains);

    private static readonly HashSet<string> RegionWords = ["town", "city", "county", "region", "province", "state", "country", "prefecture", "municipality", "island", "parish"];

    /// <summary>
    /// What the page's words mean in the schema's enum, as the description spells it out ("capa dura = hardcover,
    /// brochura = paperback"): page word → enum value, longest first (so "LPG + benzín" is read before "benzín").
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> EnumMeanings => Enum is null || Description is null ? [] :
        [.. MeaningPattern().Matches(Description)
            .Select(m => KeyValuePair.Create(m.Groups["page"].Value.Trim(), m.Groups["value"].Value.Trim()))
            .Where(p => p.Key.Length > 0 && Enum.Contains(p.Value))
            .OrderByDescending(p => p.Key.Length)];

    /// <summary>
    /// The words pages write for the enum's values in other languages (Lexicon.json): page word → enum value, longest
    /// first, leaving out a word two values share and one or two Latin letters.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> EnumTranslations => Enum is null ? [] :
        [.. Enum.SelectMany(option => Lexicon.ValueWords(option).Select(word => KeyValuePair.Create(word, option)))
            .GroupBy(p => p.Key).Where(g => g.Select(p => p.Value).Distinct().Count() == 1).Select(g => g.First())
            .Where(p => p.Key.Length >= 3 || !p.Key.Any(char.IsAsciiLetter)) // "m" or "f" could be anything; "男" is male
            .OrderByDescending(p => p.Key.Length)];

    /// <summary>The number the description says to give when the page writes none ("0 when the bus is full").</summary>
    public double? Otherwise => Type is "number" or "integer" && Description is not null && OtherwisePattern().Match(Description) is { Success: true } m
        ? double.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    /// <summary>
    /// The text the description says to give when the page writes none that fits the field's pattern ("00:00 when open
    /// around the clock" for a time written HH:MM): only a text that fits the pattern itself.
    /// </summary>
    public string? OtherwiseText => Type == "string" && Pattern is not null && Description is not null
        ? OtherwiseTextPattern().Matches(Description).Select(m => m.Groups["t"].Value).FirstOrDefault(text => Fits(Pattern, text))
        : null;

    private static bool Fits(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(50));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Values the description gives as examples ("as shown, e.g. ICAV 12.345").</summary>
    public IReadOnlyList<string> Examples => Description is null ? [] : [.. ExamplePattern().Matches(Description).Select(m => m.Groups["x"].Value.Trim()).Where(x => x.Length > 0)];

    /// <summary>The icons the description names the field by ("town after 📍", "(🐄 Chüe)"), not those of what it sets the field against.</summary>
    public IReadOnlyList<string> Icons => Described is not { } described ? [] : IconsIn(described);

    /// <summary>The icons of what the description sets the field against or leaves out ("not the day the season opens (🎣)").</summary>
    public IReadOnlyList<string> OtherIcons => Description is null ? [] : [.. IconsIn(Description).Except(Icons)];

    /// <summary>Whether a text starts with an icon ("🧶 «Хучни» …").</summary>
    internal static bool StartsWithIcon(string text) => IconPattern().Match(text.TrimStart()) is { Success: true, Index: 0 };

    /// <summary>
    /// The label the description says the value comes after ("village after 📍 Шагьур as written"), with its gloss and
    /// without ("after 📍 Deh (village)": the page may write either): its words are no value.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> LabelAfter => Description is not null && LabelAfterPattern().Match(Description) is { Success: true } m
        ? [.. new[] { m.Groups["label"].Value, m.Groups["term"].Value }.Distinct().Select(FieldMatcher.Tokens).Where(words => words.Count > 0)] : [];

    private static List<string> IconsIn(string text) => [.. IconPattern().Matches(text).Select(m => m.Value.Replace("\uFE0F", "", StringComparison.Ordinal)).Distinct()];

    /// <summary>A whole number the description says counts something ("number of canoes", "how many cows").</summary>
    public bool Counts => Type == "integer" && Description is not null && CountPattern().IsMatch(Description);

    /// <summary>Whether the schema narrows the values beyond their type.</summary>
    public bool Constrained => Enum is not null || Minimum is not null || Maximum is not null || Pattern is not null;

    /// <summary>The pattern a description asks for in words ("departure time as HH:MM"): a clock time, with seconds if it says so.</summary>
    internal static string? ClockPattern(string? description) => description is null ? null : ClockWords().Match(description) switch
    {
        { Success: false } => null,
        { Groups: [_, { Success: true }] } => "^[0-9]{2}:[0-5][0-9]:[0-5][0-9]$",
        _ => "^[0-2][0-9]:[0-5][0-9]$",
    };

    [GeneratedRegex(@"\bbefore the (?:middle )?(?:dot|·|•|bullet|bar|\|)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeDotPattern();

    [GeneratedRegex(@"\bafter\s+(?<label>(?<term>[^,;()]+?)(?:\s*\([^()]*\))?)(?=\s+as\b|\s*[,;(]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAfterPattern();

    [GeneratedRegex(@"\b(?:without|excluding|not including)\b[^.;()]{0,60}\bafter the (?<mark>comma|dash)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterBreakPattern();

    [GeneratedRegex(@"\bbefore the (?:slash|/)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeSlashPattern();

    [GeneratedRegex(@"\b(?:(?:in|on|from) the (?:list|listing|table|directory)\b(?! of)|as listed\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InListPattern();

    [GeneratedRegex(@"(?:[\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]|[\uD83C-\uD83E][\uDC00-\uDFFF])(?:[\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]|[\uD83C-\uD83E][\uDC00-\uDFFF])*")]
    private static partial Regex IconPattern();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:number|count) of\b|\bhow many\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"\bHH:MM(:SS)?\b")]
    private static partial Regex ClockWords();

    /// <summary>
    /// What a description leaves out or sets the field against: a thing with its gloss, and the things listed after it
    /// ("not the single room, the dormitory bed or the dollar price", "not the wet parchment (gabah) or the roasted
    /// pack"), but not what the description goes on to say (", in Ghana cedis"). A list whose last thing comes after
    /// "or" and ends the description (or its sentence) is the things listed, however each starts ("not the Hornbill
    /// Festival price, one person (1 manu), with meals, a tent or the whole house"), unless that last part says what the
    /// value is written in ("…, in Ghana cedis or dollars"). The last "or" may follow a gloss without a comma ("not
    /// canoes (kʰanim), workers (tilixam mamuk) or the year it started").
    /// </summary>
    private const string Listed = @"(?:(?<what>" + Phrase + Gloss + @"(?:\s*,\s*" + Phrase + Gloss + @")*(?:\s*,(?!\s*(?:in|as|per)\b)\s*" + Phraselet + @"\b|(?<=\))\s+)(?:or|nor)\s+" + Phrase + Gloss + @")(?=\s*(?:[.;]|$))"
        + @"|(?<what>" + Phrase + Gloss + @"(?:(?:\s*,\s*(?:or\s+|nor\s+|and\s+)?|\s+(?:or|nor|and)\s+)(?:the|a|an|its|their)\s+" + Phrase + Gloss + @")*))";

    private const string Gloss = @"(?:\((?:[^()]|\([^()]*\))*\))?";

    /// <summary>As few words of a <see cref="Phrase"/> as will do.</summary>
    private const string Phraselet = @"(?:[^,;.()]|(?<=\d)\.(?=\d))*?";

    /// <summary>Words up to a comma, a semicolon, a full stop or a bracket; a decimal point is none ("the 1.8 L isshobin").</summary>
    private const string Phrase = @"(?:[^,;.()]|(?<=\d)\.(?=\d))+";

    [GeneratedRegex(@"\b(?:without|excluding|not including|except|minus)\s+(?!the (?:word|label|name) for\b)" + Listed, RegexOptions.IgnoreCase)]
    private static partial Regex LeftOutPattern();

    [GeneratedRegex(@"\(([^()]{1,12})\)")]
    private static partial Regex GlossPattern();

    /// <summary>How a gloss says the value is written, after the label it quotes ("📅 Iqyax̂ Race 2027, written month/day/year").</summary>
    private const string Written = @"[,;]\s*written\b";

    [GeneratedRegex(Written + ".*$", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenAs();

    /// <summary>A gloss in brackets, which may end with a bracket of its own ("(🦌 Нулгивун, 1 инэӈи (1 бэе))") or say how the value is written.</summary>
    [GeneratedRegex(@"\(((?:[^()]|\([^()]{1,40}\)){1,40}(?:" + Written + @"[^()]{0,80})?)\)")]
    private static partial Regex LabelGlossPattern();

    [GeneratedRegex(@"(?:\b(?:rather than|instead of|as opposed to)|(?<=[,;(]\s*)not)\s+" + Listed, RegexOptions.IgnoreCase)]
    private static partial Regex ContrastPattern();

    [GeneratedRegex(@"(?<![\w.])(?<n>-?\d+(?:\.\d+)?)\s+(?:when|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherwisePattern();

    [GeneratedRegex(@"(?<![\w.:])(?<t>[^\s(),;]+)\s+(?:when|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherwiseTextPattern();

    [GeneratedRegex(@"^(?:[^\p{L}\p{N}\p{M}]\p{M}*)+")]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"['‘""“«](?<words>[^'‘’""“”«»]{1,40})['’""”»]\s*$")]
    private static partial Regex QuotedEnd();

    [GeneratedRegex(@"(?<page>[^,;:=()]+?(?:\s*\([^()=]*\))?)\s*(?:=|→|->|means)\s*(?<value>[^,;()]+)")]
    private static partial Regex MeaningPattern();

    [GeneratedRegex(@"\bwithout\s+(?:the\s+)?(?<marks>['‘""“][^'’""”]{1,12}['’""”](?:\s*(?:/|,|or)\s*['‘""“][^'’""”]{1,12}['’""”])+)\s+prefix", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"['‘""“]([^'’""”]{1,12})['’""”]")]
    private static partial Regex QuotedPattern();

    /// <summary>What a legend says "no" is, after it ("✘ = no, cash only").</summary>
    [GeneratedRegex(@"=\s*no\b\s*,\s*(?<gloss>[^;)=,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NoGloss();

    [GeneratedRegex(@"(?:\be\.\s?g\.|\bfor example\b|\bsuch as\b|\bz\.\s?B\.|\bp\.\s?ej\.|\bpar ex\.|\bex\.)\s*[:""“„'‘]?(?<x>[^,;)""”“'’]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ExamplePattern();

    // "(إمارة ...)": the words the page writes, then whatever follows them.
    [GeneratedRegex(@"\s*(?:\.\.\.|…)\s*$")]
    private static partial Regex Ellipsis();
}

/// <summary>
/// What an <c>outputSchema</c> asks for: records (an array of objects, or an object with one such array property,
/// <paramref name="Wrap"/>), one object of scalars, or files (an array of attachments, possibly wrapped the same way).
/// </summary>
public sealed record RecordShape(IReadOnlyList<RecordField> Fields, string? Wrap, IReadOnlyList<string> Unsupported, OutputKind Output = OutputKind.Records)
{
    private static readonly HashSet<string> UrlWords = ["url", "link", "href", "website", "image", "img", "photo", "picture", "thumbnail", "logo", "src"];

    /// <summary>The shape of <paramref name="schema"/>, or a message saying why the planner cannot fill it.</summary>
    public static (RecordShape? Shape, string? Problem) Read(JsonObject schema)
    {
        var root = Resolve(schema, schema);
        if (TypeOf(root) == "array")
        {
            var items = Resolve(schema, root?["items"]);
            return TypeOf(items) == "attachment" ? (new RecordShape([], null, [], OutputKind.Files), null) : ReadRecords(schema, items, null);
        }

        var properties = root?["properties"] as JsonObject;
        var lists = properties?.Where(p => TypeOf(Resolve(schema, p.Value)) == "array" && TypeOf(Resolve(schema, Resolve(schema, p.Value)?["items"])) is "object" or "attachment").ToList() ?? [];
        if (lists.Count > 1)
        {
            return (null, $"The planner fills one list, but outputSchema has several ({string.Join(", ", lists.Select(l => l.Key))}).");
        }

        if (lists.Count == 0)
        {
            return ReadFields(schema, root, OutputKind.Object, null);
        }

        var wrap = lists[0].Key;
        var otherRequired = Required(root).Where(r => r != wrap).ToList();
        if (otherRequired.Count > 0)
        {
            return (null, $"The planner fills only the list '{wrap}', but outputSchema also requires {string.Join(", ", otherRequired.Select(r => $"'{r}'"))}.");
        }

        var listItems = Resolve(schema, Resolve(schema, lists[0].Value)?["items"]);
        return TypeOf(listItems) == "attachment" ? (new RecordShape([], wrap, [], OutputKind.Files), null) : ReadRecords(schema, listItems, wrap);
    }

    private static (RecordShape?, string?) ReadRecords(JsonObject schema, JsonObject? items, string? wrap) =>
        TypeOf(items) == "object"
            ? ReadFields(schema, items, OutputKind.Records, wrap)
            : (null, "The planner fills records with named fields: the schema's items must be objects with properties.");

    private static (RecordShape?, string?) ReadFields(JsonObject schema, JsonObject? owner, OutputKind output, string? wrap)
    {
        if (owner?["properties"] is not JsonObject fields || fields.Count == 0)
        {
            return (null, output == OutputKind.Object
                ? "The planner fills an object's named fields or a list of records: outputSchema must have properties, or be an array of objects."
                : "The planner fills records with named fields: the schema's items must be objects with properties.");
        }

        var required = Required(owner).ToHashSet(StringComparer.Ordinal);
        var result = new List<RecordField>();
        var unsupported = new List<string>();
        foreach (var (name, node) in fields)
        {
            var field = Resolve(schema, node);
            var type = FieldType(name, field);
            if (type is null)
            {
                if (required.Contains(name))
                {
                    return (null, $"The planner fills text, number, boolean, URL and date fields, but the required field '{name}' is of type {TypeOf(field) ?? "unknown"}.");
                }

                unsupported.Add(name);
                continue;
            }

            result.Add(new RecordField(name, type, required.Contains(name))
            {
                Description = Text(field?["description"]),
                Enum = (field?["enum"] as JsonArray)?.Select(v => v is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : v?.ToJsonString() ?? "null").ToList(),
                Minimum = Number(field?["minimum"]) ?? Number(field?["exclusiveMinimum"]),
                Maximum = Number(field?["maximum"]) ?? Number(field?["exclusiveMaximum"]),
                Pattern = Text(field?["pattern"]) ?? (type == "string" ? RecordField.ClockPattern(Text(field?["description"])) : null),
            });
        }

        return (new RecordShape(result, wrap, unsupported, output), null);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : null;

    private static string? FieldType(string name, JsonObject? field)
    {
        var format = Text(field?["format"]);
        return TypeOf(field) switch
        {
            "number" => "number",
            "integer" => "integer",
            "boolean" => "boolean",
            "string" => format switch
            {
                "uri" or "url" or "iri" or "uri-reference" => "url",
                "email" or "idn-email" => "email",
                "date" => "date",
                "date-time" => "date-time",
                _ when FieldMatcher.Tokens(name).Any(UrlWords.Contains) => "url",
                _ when FieldMatcher.Tokens(name).Any(t => t is "email" or "mail") => "email",
                _ => "string",
            },
            _ => null,
        };
    }

    /// <summary>The schema's type, ignoring "null" in a type list; "object" when it only lists properties.</summary>
    private static string? TypeOf(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var t) => t,
        JsonArray a => a.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null and not "null"),
        null when schema?["properties"] is JsonObject => "object",
        _ => null,
    };

    private static IEnumerable<string> Required(JsonObject? schema) =>
        (schema?["required"] as JsonArray)?.Select(r => r?.GetValue<string>()).OfType<string>() ?? [];

    /// <summary>Follows local references (#/$defs/…) up to a few levels.</summary>
    private static JsonObject? Resolve(JsonObject root, JsonNode? node)
    {
        for (var depth = 0; depth < 8 && node is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference; depth++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            node = root;
            foreach (var part in reference[2..].Split('/'))
            {
                node = (node as JsonObject)?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }
        }

        return node as JsonObject;
    }
}
