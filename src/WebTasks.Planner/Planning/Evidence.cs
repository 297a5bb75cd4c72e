using System.Globalization;
using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// How strongly a source holds a field, from evidence scored together: its values fit the field's type and schema
/// (the fit), what they look like (money for a price, a phone number for a phone, no bare numbers for a name), how
/// they vary across records (a constant is a label), where they sit on a page, and how the place is named.
/// </summary>
public static partial class Evidence
{
    /// <summary>A source must fit the field in at least half the records to be considered…</summary>
    public const double MinFill = 0.5;

    /// <summary>…a required field must fit in most of them…</summary>
    public const double MinRequiredFill = 0.8;

    /// <summary>…and the evidence for it must reach this.</summary>
    public const double Credible = 0.3;

    private static readonly HashSet<string> MoneyWords = ["price", "cost", "amount", "fee", "total", "rent", "salary", "wage", "pay", "fare", "charge", "revenue", "turnover", "budget", "preis", "prix", "precio", "rate", "deposit", "bid", "tax", "shipping", "postage", "tariff", "premium", "income", "expenditure", "expense", "spending", "profit", "sales", "donation", "grant", "funding", "bill", "payment", "paid", "spend", "worth"];
    private static readonly HashSet<string> MeasureWords = ["size", "area", "length", "width", "height", "depth", "distance", "weight", "volume", "capacity", "elevation", "altitude", "range", "dimension"];
    private static readonly HashSet<string> ExactWords = ["exact", "exactly", "precise", "full", "unrounded"];
    private static readonly HashSet<string> PriceWords = ["price", "cost", "fare", "fee", "amount", "total", "preis", "prix", "precio"];
    private static readonly HashSet<string> PercentWords = ["percent", "percentage", "pct", "change", "share", "ratio", "growth", "discount"];
    private static readonly HashSet<string> RatingWords = ["rating", "star", "score", "grade"];
    private static readonly HashSet<string> PhoneWords = ["phone", "tel", "telephone", "mobile", "fax", "cell"];
    private static readonly HashSet<string> IdentityWords = ["name", "title", "id", "sku", "code", "ref", "reference", "email", "url", "link", "phone", "isbn", "symbol"];
    /// <summary>Text fields whose values are written in digits: codes, numbers, dates and times.</summary>
    private static readonly HashSet<string> CodeWords =
    [
        "id", "sku", "code", "ref", "reference", "number", "no", "isbn", "zip", "postcode", "postal", "symbol", "phone", "tel", "year", "order",
        "date", "time", "day", "when", "published", "posted", "updated", "created", "modified",
    ];
    private static readonly HashSet<string> IdentifierWords = ["id", "sku", "code", "ref", "reference", "isbn", "ean", "gtin", "mpn"];
    private static readonly HashSet<string> CurrencyWords =
    [
        "currency", "eur", "euro", "usd", "dollar", "gbp", "pound", "money", "rupee", "yen", "yuan", "franc", "krona", "krone",
        "zloty", "forint", "lira", "peso", "naira", "shilling", "dinar", "dirham", "riyal", "ruble", "rouble", "hryvnia",
        "lari", "dram", "manat", "tenge", "som", "taka", "kyat", "kip", "riel", "baht", "dong", "rupiah", "ringgit", "birr", "cedi", "leone", "kwacha", "dobra",
    ];
    private static readonly HashSet<string> DateWords = ["date", "day", "published", "posted", "updated", "created", "modified"];
    private static readonly HashSet<string> DateKindWords = ["published", "posted", "updated", "created", "modified"];
    private static readonly HashSet<string> YearWords = ["year", "yr", "founded", "established", "built", "released", "published", "vintage", "since", "born"];

    private static readonly HashSet<string> AdmissionWords = ["entry", "entrance", "admission", "ticket", "free"];
    private static readonly HashSet<string> PositionWords = ["rank", "ranking", "position", "order", "index", "row", "seq", "sequence", "no"];

    private static readonly HashSet<string> UnitWords = ["unit", "per", "kg", "kilo", "litre", "liter", "lb", "each", "piece"];

    private static readonly HashSet<string> RateUnits = ["kg", "kilo", "kilogram", "litre", "liter", "lb", "g", "gram", "m", "m2", "sqm"];
    private static readonly HashSet<string> ProseWords = ["description", "summary", "text", "about", "body", "note", "notes", "comment", "review", "content", "excerpt", "abstract", "bio", "details", "info", "message", "blurb", "intro", "overview", "remarks"];
    private static readonly HashSet<string> CompanyWords = ["company", "firm", "business", "employer", "organisation", "organization", "operator", "publisher", "manufacturer", "supplier", "vendor", "brand", "owner", "firma", "entreprise", "empresa", "unternehmen"];
    private static readonly HashSet<string> PlaceWords = ["location", "city", "town", "place", "where", "locality", "district", "area", "neighbourhood", "neighborhood", "suburb", "village"];
    private static readonly HashSet<string> ShortNameWords = ["city", "town", "village", "district", "region", "locality", "neighbourhood", "county", "province", "atoll", "island", "harbour", "port", "station", "model", "brand", "make"];
    private static readonly HashSet<string> AddressWords = ["address", "street", "location", "venue", "where", "headquarters", "office"];

    /// <summary>The source's fit for <paramref name="field"/> times the evidence for it (0 when it fits in too few records).</summary>
    public static double Score(RecordField field, SurveySource source, IReadOnlyList<string>? taskWords)
    {
        var fit = source.FitOf(field.Name);
        if (fit < MinFill)
        {
            return 0;
        }

        var words = field.Words.Concat(field.DescribedWords).ToHashSet();

        // An amount of money is never how many of a thing there are ("Kano (2 pers.), hiele dag € 35,00" for the
        // number of canoes), and a list of prices, a line each, is no one price.
        if ((field.Counts && !IsMoney(words) && source.Traits.Currency >= 0.5) || (IsMoney(words) && source.PricedLines >= 0.5))
        {
            return 0;
        }

        var named = FieldMatcher.Score(field, source, taskWords);
        var shape = Shape(field, source, words);

        // The end of a range ("€ 4.150" of "€ 3.200 – € 4.150") is not what a field about its start wants, nor the
        // range read whole (its start) what a field about its end wants.
        shape -= (source.Span == "end" || source.Hints.Contains("range:end")) && FieldMatcher.AboutStart(words.Concat(taskWords ?? [])) ? 0.5 : 0;
        shape -= source.Hints.Contains("range:start") && FieldMatcher.AboutEnd(words) ? 0.5 : 0;
        shape += Days(words, source);

        // A place the page names as what the description says to leave out ("Barangay" for a town "without the
        // barangay") or sets the field against ("Aronai" for a dokhona's price "not the aronai", or a synonym of it:
        // "dernière session" for "not the last session") holds that, not the field. Without a label or header, the
        // words that name it otherwise (an icon's legend, its class) say so.
        // So do words every value carries ("tɛmɛnen: 17 zuwɛnkalo 2027", "2024: 38" for members "now, not in 2024"),
        // and the icon it starts with ("🎣 …: 5/1/2027" for a date "not the day the season opens (🎣)").
        var naming = (source.Label ?? source.Named) is { } name ? [name, .. source.Alts ?? []] : WordHints(source).Concat(InlineLabels(source));
        var unitWords = source.Hints.Where(h => h.StartsWith("value:", StringComparison.Ordinal)).Select(h => h[6..]).ToList();
        var carried = unitWords.Concat(FieldMatcher.Tokens(source.Prefix ?? ""));
        // The word of an icon the description names the field by ("location" of "district after 📍") is no kin of
        // what it sets the field against ("not the village").
        var ownIcon = source.Hints.Any(hint => hint.StartsWith("icon:", StringComparison.Ordinal) && field.Icons.Contains(hint[5..]));
        shape -= naming.SelectMany(FieldMatcher.Tokens).Any(token => field.LeftOutWords.Any(word => Names(token, word))
            || (!words.Contains(token) && field.OtherWords.Any(word => Names(token, word) || (!ownIcon && FieldMatcher.Related(word, token)))))
            || carried.Any(token => field.OtherWords.Contains(token))
            || source.Hints.Any(hint => hint.StartsWith("icon:", StringComparison.Ordinal) && field.OtherIcons.Contains(hint[5..])) ? 0.6 : 0;

        // A note in smaller type beside a value is about it, not the value ("46" over "2024: 38"); read with it, the
        // value runs into the note.
        shape -= source.Note >= 0.5 ? 0.3 : source.WithNote >= 0.5 ? 0.25 : 0;
        shape += Quantity(field, source);

        // What the description says to leave out, as it says the page writes it ("without the sub-district (ต.)"), in
        // the values: they hold it ("บ้านหนองปลาสะวาย ต.หนองปลาสะวาย อ.บ้านโฮ่ง"), unless every value sets it off after
        // the place, where the script cuts it ("Havixbeck (Kr. Coesfeld)").
        // A mark written after what it marks, as Chinese and Japanese write them ("鼓楼区" for "without the district (区)",
        // "38号" for "without the door number (号)"), holds it too.
        // A mark written before a figure left out ("without the year (anda …)") holds it only before one: "Lavutara anda
        // Clejani" is a name with the page's word "from" in it.
        var figureMarks = field.LeftOutWords.Any(FigureWords.Contains) ? field.MarksBefore : [];
        shape -= !Affixes.MarkedAfterBreak(field, source) && field.LeftOutMarks.Any(mark => source.Sample.Any(v => (v.StartsWith(mark, StringComparison.Ordinal)
            || v.Contains(" " + mark, StringComparison.Ordinal) || v.Contains("(" + mark, StringComparison.Ordinal)
            || EndsMarked(v, mark)) && (!figureMarks.Contains(mark) || BeforeFigure(v, mark)))) ? 0.6 : 0;
        // Where every value ends so, each is the thing left out itself ("鼓楼区": a district), not a field's value holding it.
        shape -= source.Sample.Count > 0 && field.LeftOutMarks.Any(mark => source.Sample.All(v => EndsMarked(v, mark))) ? 0.4 : 0;

        // A bracket alone where the description leaves out what brackets hold ("(Montemitro)" beside "Mundimitar").
        shape -= Affixes.BracketedLeftOut(field, source) ? 0.6 : 0;

        // A line below the first is the note under the value a description leaves out ("without … the note under it").
        shape -= source.Read.StartsWith("line:", StringComparison.Ordinal) && source.Read != "line:1" && field.LeftOutWords.Contains("note") ? 0.6 : 0;

        // A table row headed by words the field never uses ("Bonny" beside "Port Harcourt" for a fare to Port Harcourt)
        // is another thing's.
        shape -= source.Hints.FirstOrDefault(h => h.StartsWith("row:", StringComparison.Ordinal)) is { } row
            && !FieldMatcher.ContentWords(row[4..]).Any(w => words.Contains(w) || (taskWords ?? []).Contains(w)) ? 0.3 : 0;

        // What it says to leave out is in the text the field is a part of ("Ikeja, Lagos" for a city "without the
        // neighbourhood"): a part read from it, or an element that holds its start ("<span>Nett Lake</span> — Bois
        // Forte"), fits better than the whole. But the town or region after a place ("Ouando, Porto-Novo", "Gallusova
        // dvorana · Ljubljana") is what a field "without the town" leaves out.
        shape += (source.Span is "last" or "town" || source.Hints.Contains("span:last")) && field.LeavesOutRegion ? -0.4
            : field.LeftOutWords.Count > 0 && (source.Span is "last" or "first" or "town" || source.Read.StartsWith("part:", StringComparison.Ordinal) || source.Leads >= 0.5) ? 0.2 : 0;

        // The label the description quotes written with other numbers is another thing's (last year's, the other size).
        shape -= FieldMatcher.QuotedWithOtherNumbers(field, WordHints(source)) ? 0.3 : 0;

        // A label is no value: text that ends in a colon wherever it is read ("📍 Tanax̂:") is the label before one, and
        // so is the very label the description says the value comes after ("village after 📍 Шагьур": the term "📍 Шагьур"),
        // which names the value it labels.
        var labelAfter = field.LabelAfter;
        bool IsLabelAfter(string text) => labelAfter.Count > 0 && FieldMatcher.Tokens(text) is var words && labelAfter.Any(words.SequenceEqual);
        shape -= source.Sample.Count > 0 && source.Sample.All(v => v.TrimEnd().EndsWith(':') || v.TrimEnd().EndsWith('：') || IsLabelAfter(v)) ? 0.6 : 0;
        shape += (source.Label ?? source.Named) is { } after && IsLabelAfter(after) ? 0.4 : 0;
        // A yes/no's label the description quotes before saying which words mean yes and no ("🚙 Pick-up from Mangan;
        // ᰀᰨ (Aa) = yes"), written alike on every record, says neither: the value is beside it.
        shape -= field.YesNoMeanings.Count > 0 && source.Read == "text" && source.Distinct == 1 && source.Present >= 1 && source.Seen >= 2 && source.Sample.Count > 0
            && field.Description!.Contains(source.Sample[0], StringComparison.OrdinalIgnoreCase) ? 0.6 : 0;

        // "Before the dot": the first of the parts dots or bars set apart ("📍 Rull · Balabat": Rull), not the whole
        // text nor a part or an element after a dot.
        shape += !field.BeforeTheDot ? 0
            : source.Read == "part:1" ? 0.4
            : source.Read.StartsWith("part:", StringComparison.Ordinal) || source.Hints.Contains("span:last") || source.Sample.Any(v => DotsApart().IsMatch(v)) ? -0.4 : 0;

        // With fewer than three records (or one page) there is no variation to go by: text that is only text is no
        // evidence for a field.
        if (source.Seen < 3 && field.Type == "string" && named == 0 && shape <= 0)
        {
            return 0;
        }

        // A label the lexicon knows as another thing says what the amount is ("Garantía" beside a rent); a name or a
        // category may well be labelled as a kin of the field's word ("Fabrikant" for a brand).
        // A unit the value is written in ("0.1 mi" beside "Parking") names what is measured no more than the label does.
        shape -= field.Type is "number" or "integer" && (source.Label ?? source.Named) is { } label && FieldMatcher.NamesOther(field, label, taskWords)
            && (named == 0 || FieldMatcher.Score(field, source with { Hints = [.. source.Hints.Where(h => !h.StartsWith("value:", StringComparison.Ordinal))] }, taskWords) == 0) ? 0.2 : 0;

        // A figure no currency marks and nothing names, with a whole word of another thing after it ("14 iẓeṭṭa":
        // looms), counts that thing: no amount of money (a currency written short, "68 000 солк.", may well be one).
        shape -= named == 0 && IsMoney(words) && source.Traits.Currency < 0.5 && unitWords.Count > 0 && unitWords.All(unit => !CurrencyWords.Contains(unit)
            && !words.Contains(unit) && !source.Sample.Any(v => v.Contains(unit + ".", StringComparison.OrdinalIgnoreCase))) ? 0.3 : 0;

        var evidence = Base(field, source) + named + shape + Variation(field, source, RanksShared(words, taskWords) ? [.. words.Where(w => w != "title")] : words) + Place(source);
        return fit * Math.Max(0, evidence);
    }

    private static readonly HashSet<string> FigureWords = ["year", "number", "date", "age"];

    /// <summary>Whether a mark stands before a figure in a value ("anda 1983").</summary>
    private static bool BeforeFigure(string value, string mark) =>
        Regex.IsMatch(value, Regex.Escape(mark) + @"\s*\p{Nd}");

    /// <summary>A value ending with a mark of one or two characters not in Latin letters, written after what it marks.</summary>
    private static bool EndsMarked(string value, string mark) =>
        mark.Length <= 2 && !mark.Any(char.IsAsciiLetter) && value.Length > mark.Length && value.EndsWith(mark, StringComparison.Ordinal);

    /// <summary>Whether a label's word names the word of a description: itself, or itself cut short ("moto" for motorbike).</summary>
    private static bool Names(string token, string word) => word == token || (token.Length >= 4 && word.StartsWith(token, StringComparison.Ordinal));

    /// <summary>
    /// A label that names the quantity the description prices or counts ("Caole 25 kg bora" for "one 25 kg bag") is
    /// the field's; one that names another quantity of the same unit ("Caole 1 kg") is another thing's. So is the
    /// page's gloss of a label, which may write the unit first ('"Bɔɔgo" yɛ sachet 30' for "one bag of 30 sachets").
    /// </summary>
    private static double Quantity(RecordField field, SurveySource source)
    {
        // The labels first: most name no quantity, and the description's are read only for those that do.
        var labels = WordHints(source).Append(source.Label ?? source.Named).OfType<string>().Select(FieldMatcher.Tokens)
            .Where(words => words.Any(w => w.Any(char.IsDigit) || UnitOf(w) is not null)).ToList();
        var wanted = labels.Count > 0 && field.Described is { } described ? Quantities(FieldMatcher.Tokens(described), spelled: true) : [];
        if (wanted.Count == 0)
        {
            return 0;
        }

        var units = wanted.Select(w => w.Unit).ToHashSet();
        var named = labels.SelectMany(words => Quantities(words).Concat(Quantities([.. words.Reverse()]).Where(q => units.Contains(q.Unit))).Concat(Alone(words))).ToHashSet();
        return named.Overlaps(wanted) ? 0.2 : named.Any(q => units.Contains(q.Unit)) ? -0.4 : 0;
    }

    /// <summary>
    /// A unit a label names with no amount beside it is one of it ("Price per kg", "تمر خلاص — الكيلو"), or half of it
    /// after the lexicon's word for a half ("نص لتر", "Halbes Kilo").
    /// </summary>
    private static IEnumerable<(string Amount, string Unit)> Alone(IReadOnlyList<string> words) =>
        words.Select((word, i) => (Unit: UnitOf(word), Beside: (i > 0 && IsAmount(words[i - 1])) || (i + 1 < words.Count && IsAmount(words[i + 1])), Half: i > 0 && HalfWords.Contains(words[i - 1])))
            .Where(w => w.Unit is not null && !w.Beside).Select(w => (w.Half ? "0.5" : "1", w.Unit!));

    private static readonly HashSet<string> HalfWords = [.. Lexicon.Labels["half"].Select(FieldMatcher.Tokens).Where(t => t.Count == 1).Select(t => t[0])];

    /// <summary>The symbol of a unit word, also written after the Arabic article ("الكيلو").</summary>
    private static string? UnitOf(string word) =>
        UnitSymbols.GetValueOrDefault(word) ?? (word.StartsWith("ال", StringComparison.Ordinal) ? UnitSymbols.GetValueOrDefault(word[2..]) : null);

    /// <summary>Digits, or a fraction written as one character ("½ kilo").</summary>
    private static bool IsAmount(string word) => word.Length > 0 && (word.All(char.IsDigit) || (word.Length == 1 && char.GetNumericValue(word[0]) is > 0 and < 1));

    /// <summary>Digits of any script as 0–9 ("٥" is 5); a fraction as its value ("½" is 0.5).</summary>
    internal static string Western(string digits) => digits.Length == 1 && !char.IsDigit(digits[0])
        ? char.GetNumericValue(digits[0]).ToString(CultureInfo.InvariantCulture)
        : string.Concat(digits.Select(c => (char)('0' + (int)char.GetNumericValue(c))));

    /// <summary>The hints that are words naming a place (a legend, a header, a class), not a kind of hint ("role:", "value:", "days:").</summary>
    private static IEnumerable<string> WordHints(SurveySource source) => source.Hints.Where(h => !h.Contains(':', StringComparison.Ordinal));

    /// <summary>The labels a text writes before its value in every record ("📅 ኤግዚቢሽን 2026: 20/09/2026"), which name it as a label beside it would.</summary>
    private static IEnumerable<string> InlineLabels(SurveySource source) =>
        source.Sample.Count > 0 && source.Sample.Select(v => InlineLabel().Match(v)).ToList() is var labels && labels.All(m => m.Success)
            ? labels.Select(m => m.Groups["label"].Value) : [];

    /// <summary>
    /// The quantities words name, each unit by its symbol ("25 litre", "25 L" and "25 لتر" alike); in a description,
    /// "one" or "a" before a unit is one of it ("price of one litre"), and "one" before a thing is one of that thing
    /// ("price of one mwarmwar": the column "Mwarmwar, 1", not "Mwarmwar, 5").
    /// </summary>
    private static HashSet<(string Amount, string Unit)> Quantities(IReadOnlyList<string> words, bool spelled = false) =>
        [.. words.Zip(words.Skip(1))
            .Where(pair => (IsAmount(pair.First) && pair.Second.All(char.IsLetter))
                || (spelled && OneWords.Contains(pair.First) && (UnitSymbols.ContainsKey(pair.Second) || (pair.First == "one" && pair.Second.All(char.IsLetter)))))
            .Select(pair => (OneWords.Contains(pair.First) ? "1" : Western(pair.First), UnitOf(pair.Second) ?? pair.Second))];

    private static readonly HashSet<string> OneWords = ["one", "a", "an"];

    /// <summary>Units by their symbol: the lexicon's words for a kilo and a litre in its languages, and English names.</summary>
    private static readonly Dictionary<string, string> UnitSymbols = BuildUnitSymbols();

    private static Dictionary<string, string> BuildUnitSymbols()
    {
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gram"] = "g", ["gramme"] = "g", ["pound"] = "lb", ["ounce"] = "oz", ["metre"] = "m", ["meter"] = "m", ["kilometre"] = "km", ["kilometer"] = "km",
        };
        foreach (var (concept, symbol) in new[] { ("kilo", "kg"), ("litre", "l") })
        {
            foreach (var word in Lexicon.Labels[concept].Select(FieldMatcher.Tokens).Where(t => t.Count == 1).Select(t => t[0]).Where(w => w != symbol))
            {
                symbols.TryAdd(word, symbol);
            }
        }

        return symbols;
    }

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// What the weekdays a label names (the survey's "days:" hint, in the page's language: "Segunda–Sábadu", "Domingu")
    /// say of a field about a day ("openOnSunday": the hours labelled Sunday are its, the ones labelled Monday to
    /// Saturday are not) or about weekdays ("weekday opening time": not the hours of Saturday or Sunday alone).
    /// </summary>
    private static double Days(HashSet<string> words, SurveySource source)
    {
        var hint = source.Hints.FirstOrDefault(h => h.StartsWith("days:", StringComparison.Ordinal));
        if (hint is null)
        {
            return 0;
        }

        var days = hint[5..].Split(',').Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var asked = Enumerable.Range(1, 7).Where(d => words.Contains(Weekdays[d - 1])).ToHashSet();
        if (asked.Count > 0)
        {
            return days.IsSupersetOf(asked) ? 0.6 : days.Overlaps(asked) ? 0 : -0.6;
        }

        return words.Overlaps(["weekday", "workday", "working"]) ? (days.Any(d => d <= 5) ? 0.2 : -0.5) : 0;
    }

    /// <summary>A professional or job title ("professional title", "Oberarzt") is a rank many records share, not a record's own name.</summary>
    private static bool RanksShared(HashSet<string> words, IReadOnlyList<string>? taskWords) =>
        words.Contains("title") && (taskWords ?? []).Concat(words).Any(w => w is "professional" or "job" or "academic" or "rank");

    /// <summary>What a value of the type says by itself (an email address is rare; a bare number is everywhere).</summary>
    private static double Base(RecordField field, SurveySource source) => field.Type switch
    {
        "email" => 0.3,
        "url" => 0,
        "date" or "date-time" => 0.1,
        "boolean" => (source.Is.ContainsKey(field.Name) || source.PresentAs.ContainsKey(field.Name) ? 0.55 : 0.3) + (WritesMeanings(field, source) ? 0.2 : 0),
        "number" or "integer" => 0.25,
        _ => 0.3,
    };

    /// <summary>
    /// Whether a yes/no place writes the page's words the description gives for yes and no ("🛵 آہو" for "آہو = yes,
    /// نئیں = no"), rather than saying it otherwise (a title in words of its own beside them).
    /// </summary>
    private static bool WritesMeanings(RecordField field, SurveySource source) =>
        field.YesNoMeanings.Count > 0 && source.Is.TryGetValue(field.Name, out var texts) && texts.Count > 0
        && texts.Keys.All(text => field.YesNoMeanings.Any(meaning => Says(text, meaning.Key)));

    private static bool Says(string text, string words) =>
        FieldMatcher.Tokens(words) is { Count: > 0 } said && $" {string.Join(' ', FieldMatcher.Tokens(text))} ".Contains($" {string.Join(' ', said)} ", StringComparison.Ordinal);

    /// <summary>Whether a field is a number that is an amount of money, by its words and its description's ("boxPriceZmw", "in Zambian kwacha").</summary>
    public static bool IsMoney(RecordField field) => field.Type is "number" or "integer" && IsMoney(field.Words.Concat(field.DescribedWords).ToHashSet());

    private static bool IsMoney(HashSet<string> words) => words.Overlaps(MoneyWords) || words.Overlaps(CurrencyWords);

    private static double Shape(RecordField field, SurveySource source, HashSet<string> words)
    {
        var traits = source.Traits;
        var shape = field.Constrained ? 0.2 : 0;
        var money = IsMoney(words);
        var phone = words.Overlaps(PhoneWords);

        // A date every value says is of another kind ("Ayisonekeli (updated) 10/06/2027" for when a harvest starts) is that one.
        shape -= field.Type is "date" or "date-time" && source.Sample.Count > 0
            && source.Sample.All(v => FieldMatcher.Tokens(v).Any(w => DateKindWords.Contains(w) && !words.Contains(w))) ? 0.3 : 0;

        // A line the page marks as a phone's ("☎ Ring kam 7495 512", class "phone") holds nothing else: no title, no count.
        shape -= !phone && field.Type is "string" or "number" or "integer" && source.Hints.Any(PhoneWords.Contains) ? 0.3 : 0;
        if (field.Type is "number" or "integer")
        {
            // An amount of money counts nothing: a price beside what a count's label names ("Tanka kulya 10,000 L
            // (full tanker load): SSP 450,000") is that thing's price, not how many there are.
            shape += money ? (traits.Currency >= 0.5 ? 0.35 : -0.1) : (traits.Currency >= 0.5 ? (field.Type == "integer" ? -0.6 : -0.3) : 0);

            // A price per kilo or litre beside the price is the price of another quantity; a struck-out price is
            // no longer asked; a number inside a sentence ("or 4 × 324,75 € interest-free", "the 3 most useful of
            // 1 024 reviews") is a number of something else, or not the one the sentence is about.
            shape -= money && traits.PerUnit >= 0.5 && !words.Overlaps(UnitWords) ? 0.3 : 0;

            // A price per kilogram or litre (by the field's name) is read where the page says what quantity each price
            // is for ("P60.00 / 500 g"), not from a bare figure for whatever quantity is sold.
            shape += money && field.Words.Contains("per") && RateUnits.Overlaps(field.Words) ? (traits.PerUnit >= 0.5 ? 0.3 : -0.3) : 0;
            shape -= money && source.Struck >= 0.5 ? 0.4 : 0;
            shape -= (money || (traits.Numbers >= 0.5 && traits.Stars < 0.5)) && traits.Words >= 6 ? 0.25 : 0;
            shape -= money && traits.Rounded >= 0.5 && words.Overlaps(ExactWords) ? 0.5 : 0;
            // A share is no price ("25% off" beside a price "before the discount"); a rate may well be one.
            var share = words.Overlaps(PercentWords) && !PriceWords.Overlaps(field.Words);
            shape += share ? (traits.Percent >= 0.5 ? 0.3 : 0) : (traits.Percent >= 0.5 ? -0.2 : 0);
            shape += words.Overlaps(RatingWords) ? (traits.Stars >= 0.5 ? 0.3 : 0) : (traits.Stars >= 0.5 ? -0.3 : 0);

            // Glyphs alone round the rating to a half star; its figure beside them ("★★★★½ 4,6 iš 5") is exact.
            shape -= words.Overlaps(RatingWords) && traits.Stars >= 0.5 && traits.Numeric < 0.5 ? 0.1 : 0;
            shape += words.Overlaps(YearWords) && traits.Year >= 0.8 ? 0.3 : 0;

            // A year ("2019") counts or measures nothing else.
            shape -= field.Type == "integer" && !money && !words.Overlaps(YearWords) && traits.Year >= 0.8 && traits.Measured < 0.5 ? 0.2 : 0;

            // A measure with its unit ("350 м") is no count or amount of a field that names no unit.
            shape -= traits.Measured >= 0.8 && !source.Units.ContainsKey(field.Name) && !words.Overlaps(MeasureWords) ? 0.2 : 0;

            // "Free" in some records is a price of nothing, not a count of nothing.
            shape += traits.Free > 0 ? (money || words.Overlaps(AdmissionWords) ? 0.2 : -0.3) : 0;

            // Records that count themselves (1., 2., 3.) hold their row's number, and a code ("x003") holds none: no
            // measure of each.
            shape -= traits.Counter >= 0.8 && !words.Overlaps(PositionWords) ? 0.3 : 0;
            shape -= traits.Coded >= 0.8 && !words.Overlaps(IdentifierWords) ? 0.3 : 0;

            // A street and its house number ("Navoiy ko‘chasi, 28") counts nothing, nor does a phone number.
            shape -= traits.Street >= 0.8 && !words.Overlaps(AddressWords) ? 0.4 : 0;
            shape -= traits.Phone >= 0.8 && !phone ? 0.4 : 0;

            // "WA: 0812 6677 9012" is a label with its value: the value is read by its label.
            shape -= traits.Labelled >= 0.8 ? 0.3 : 0;
        }
        else if (field.Type == "string" && phone)
        {
            shape += traits.Phone >= 0.8 ? 0.4 : -0.3;
        }
        else if (field.Type == "string")
        {
            // A name, a title or an address is not a price, a bare number, a row of stars or a phone number; a size
            // or a weight kept as written is its measure with the unit ("500 g", "2,5 kg").
            var measure = words.Overlaps(MeasureWords) && traits.Measured >= 0.5;
            shape -= traits.Numeric >= 0.8 && traits.Coded < 0.8 && !words.Overlaps(CodeWords) && !measure ? 0.35 : 0;
            // Records that count themselves (data-cp="1", "2", "3") name nothing by it: their number is their place.
            shape -= traits.Counter >= 0.8 && !words.Overlaps(PositionWords) && !words.Overlaps(IdentifierWords) ? 1.0 : 0;
            shape += measure ? 0.2 : 0;
            shape -= traits.Currency >= 0.5 && !words.Overlaps(MoneyWords) ? 0.3 : 0;
            shape -= traits.Stars >= 0.5 ? 0.3 : 0;
            shape -= traits.Phone >= 0.8 ? 0.2 : 0;
            shape -= words.Overlaps(["name", "title"]) && traits.Words > 15 ? 0.2 : 0;
            // A title is the whole heading, not its last part ("clean well well" of "Toyota Camry 2012, clean well well").
            shape -= source.Span == "last" && words.Overlaps(["name", "title"]) && !words.Overlaps(ShortNameWords) ? 0.3 : 0;

            // A place or a model is named in a few words, not a sentence about it; a place or a company is no code
            // ("IM-101") and a place no company ("Nkana Hardware Ltd").
            shape -= words.Overlaps(ShortNameWords) && traits.Words > 6 ? 0.3 : 0;
            var placeOrCompany = words.Overlaps(CompanyWords) || (words.Overlaps(ShortNameWords) && !words.Overlaps(["model", "brand", "make"]));
            shape -= placeOrCompany && traits.Code >= 0.8 && !words.Overlaps(CodeWords) ? 0.3 : 0;
            shape -= words.Overlaps(ShortNameWords) && !words.Overlaps(CompanyWords) && traits.Company >= 0.5 ? 0.3 : 0;

            // A long text is prose: a value of its own only for a field that is prose too.
            shape -= !words.Overlaps(ProseWords) && traits.Words > 20 ? 0.25 : 0;
            // A page's main heading names its thing even when it is made of other fields ("2014 Beneteau Oceanis 38").
            shape -= source.Composite >= 0.8 && !(source.Hints.Contains("role:h1") && words.Overlaps(["name", "title", "heading"])) ? 0.3 : 0;
            // An attribute named as an identifier ("data-maker-id") holds the record's key ("paukeigope"), not the name a
            // person reads, though it names whose key it is.
            shape -= source.Read.StartsWith("attr:", StringComparison.Ordinal) && FieldMatcher.Tokens(source.Read[5..]).Any(IdentifierWords.Contains) && !words.Overlaps(IdentifierWords) ? 0.5 : 0;
            // "The homestay's name as in its page's heading": the description says where the name is, not only what it is.
            shape += field.DescribedWords.Contains("heading") && (source.Read == "heading" || source.Hints.Contains("role:heading") || source.Hints.Contains("role:h1")) ? 0.3 : 0;

            // Texts that read as yes or no ("Ina", "E-e") are a yes/no field's, not a name's or a place's.
            shape -= traits.YesNo >= 0.8 && field.Enum is null ? 0.3 : 0;

            // A street and its house number is an address, not the name of a place or a thing.
            shape -= traits.Street >= 0.8 && !words.Overlaps(AddressWords) ? 0.2 : 0;

            // "Press: press@…" is a label with its value (read the value by its label), and an email is not an address.
            shape -= traits.Labelled >= 0.8 ? 0.3 : 0;
            shape -= traits.Email >= 0.8 ? 0.3 : 0;
            shape += words.Overlaps(AddressWords) && traits.Address >= 0.5 ? 0.3 : 0;
            // Read whole, a place with the town it is in holds what a field "without the neighbourhood" leaves out (the
            // town a field "without the town" leaves out is cut off its end).
            shape += words.Overlaps(PlaceWords) && traits.Town >= 0.5 && !(source.Span is null && field.LeftOutWords.Count > 0 && !field.LeavesOutRegion) ? 0.3 : 0;

            // A whole address with its street and postcode is more than a town, and the town at its end less than the address.
            shape -= words.Overlaps(["city", "town", "locality"]) && !words.Overlaps(AddressWords) && traits.Address >= 0.8 ? 0.2 : 0;
            shape -= source.Span is "last" or "town" && words.Overlaps(AddressWords) && !words.Overlaps(PlaceWords) ? 0.3 : 0;

            // A town's name has no figures ("Ярмакпелькс № 4100" is an advert's number, "12 сотка" a plot's size).
            shape -= words.Overlaps(["city", "town", "village", "locality"]) && !words.Overlaps(AddressWords) && source.Sample.Count > 0 && source.Sample.All(v => v.Any(char.IsDigit)) ? 0.3 : 0;
            shape += words.Overlaps(CompanyWords) && traits.Company >= 0.5 ? 0.4 : 0;

            // A date kept as text should still read as a date (not a day of the week from a list); a name or a place is no date.
            shape += words.Overlaps(DateWords) && field.Enum is null ? (traits.Date >= 0.5 ? 0.2 : -0.3) : (traits.Date >= 0.8 && !words.Overlaps(CodeWords) ? -0.3 : 0);

            // An identifier ("118204", "BYB-20417", "USD") is one token, not a phrase, and not a measure ("1.1305").
            var token = (traits.Numeric >= 0.8 && traits.Fraction < 0.5) || traits.Code >= 0.8;
            shape += words.Overlaps(IdentifierWords) ? (traits.Words <= 1.5 && token ? 0.25 : traits.Words >= 3 ? -0.2 : 0) : 0;

            // "Without the word for taluka": the one word every value starts or ends with is the page's word for the
            // field; so is one that names it ("Таңды кожуун", "Тожу кожуун" for a district), and a one-word label
            // the page writes before it ("Talo: <b>Mäe-Jaani</b>" for a farm).
            var word = source.Suffix?.Trim();
            var wordFor = field.Description is { } said && WordFor().IsMatch(said);
            shape += word is not null && !word.Contains(' ', StringComparison.Ordinal)
                && (wordFor || FieldMatcher.NameScore(field.Words, FieldMatcher.Tokens(word)) >= 0.8) ? 0.4 : 0;
            shape += wordFor && word is null && source.Named is { } label && FieldMatcher.Tokens(label).Count == 1 ? 0.4 : 0;

            // Values written like the description's example ("ICAV 14.872" for "e.g. ICAV 12.345").
            shape += LikeExample(field, source) ? 0.4 : 0;
        }

        shape += UnitNamed(field, source) || source.Units.GetValueOrDefault(field.Name) >= 0.8 ? 0.3 : 0;

        // A link or an image file is a value only for a URL (and a mailto: for an email); a tel: is a phone number
        // where the text the page shows for it is not.
        if (source.Read is "attr:href" or "attr:src" && field.Type is not ("url" or "email"))
        {
            shape -= phone && traits.Phone >= 0.8 ? 0.25 : 0.4;
        }

        return shape;
    }

    private static bool LikeExample(RecordField field, SurveySource source)
    {
        var examples = field.Examples.Select(Outline).ToHashSet();
        return examples.Count > 0 && source.Sample.Count > 0 && source.Sample.All(v => examples.Contains(Outline(v)));
    }

    /// <summary>How a value is written, runs collapsed: "ICAV 14.872" → "A 9.9", "Derecho de familia" → "Aa a a".</summary>
    public static string Outline(string value)
    {
        var outline = new System.Text.StringBuilder();
        foreach (var c in value.Trim())
        {
            var kind = char.IsUpper(c) ? 'A' : char.IsLower(c) ? 'a' : char.IsLetter(c) ? 'L' : char.IsDigit(c) ? '9' : char.IsWhiteSpace(c) ? ' ' : c;
            if (outline.Length == 0 || outline[^1] != kind || !(kind is 'A' or 'a' or 'L' or '9' or ' '))
            {
                outline.Append(kind);
            }
        }

        // "Derecho" is one word, not a capital and a run: a capital followed by lower case is a capitalised word.
        return outline.ToString().Replace("Aa", "a", StringComparison.Ordinal);
    }

    /// <summary>A value that carries the unit the description names by its initials: "£1,450 pcm" for "rent per calendar month".</summary>
    private static bool UnitNamed(RecordField field, SurveySource source)
    {
        if (field.Description is null)
        {
            return false;
        }

        var described = FieldMatcher.Tokens(field.Description);
        var initials = Enumerable.Range(2, 3).SelectMany(length => Enumerable.Range(0, Math.Max(0, described.Count - length + 1))
            .Select(start => string.Concat(described.Skip(start).Take(length).Select(w => w[0])))).ToHashSet();
        return source.Sample.Count > 0 && source.Sample.All(v => FieldMatcher.Tokens(v).Any(initials.Contains));
    }

    private static double Variation(RecordField field, SurveySource source, HashSet<string> words)
    {
        var records = source.Seen;
        if (records < 3)
        {
            return 0;
        }

        if (source.Distinct == 1 && source.Present >= 0.8)
        {
            // The same value in every record is a label or decoration, not a field (a boolean, or one of a few values
            // the schema lists, may well be constant: three dogs in a row). A title the same on every record names the
            // place it is on ("Nagabaton it order sa online" over "🛒 Huo" on one record, "🛒 Uwa" on the next).
            return field.Type switch
            {
                "boolean" => source.Read is "attr:title" or "attr:aria-label" ? -0.4 : 0,
                "string" when field.Enum is not null => 0,
                "string" or "url" or "email" => -0.4,
                _ => -0.2,
            };
        }

        // A bare number that differs from record to record is a measure of each record, not a label or decoration
        // (one with a unit word of its own, "212 reviews", is evidence only for what the word names).
        var bare = !source.Hints.Any(h => h.StartsWith("value:", StringComparison.Ordinal));
        var varies = field.Type is "number" or "integer" && bare && source.Distinct >= 2 && source.Present >= 0.8 ? 0.1 : 0;
        var unique = source.Distinct >= 0.9 * source.Present * records;
        return varies + (words.Overlaps(IdentityWords) ? (unique ? 0.1 : -0.1) : 0);
    }

    /// <summary>Parts of a text set apart by a middle dot, a bullet or a bar, as the survey's partsOf splits them.</summary>
    [GeneratedRegex(@"^(?<label>[^:：\d]*\p{L}[^:：]{0,40})[:：]\s")]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"\s[·•|]\s")]
    private static partial Regex DotsApart();

    [GeneratedRegex(@"\bwithout the (?:word|label|name) for\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordFor();

    /// <summary>On a page read as one object: the page's own content, not its header, footer or a list of other things.</summary>
    private static double Place(SurveySource source) => (source.Boilerplate ? -0.35 : 0) + (source.Repeated ? -0.3 : 0);
}
