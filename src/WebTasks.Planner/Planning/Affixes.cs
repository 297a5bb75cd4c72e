using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// What of a text value the schema does not want: the start or end every record shares (the city after each
/// district, the prefecture before each ward), taken off only where the field's description asks for less than the
/// page writes: an example without it ("e.g. 新宿区" for 東京都新宿区) or the words "without …" ("the neighbourhood,
/// without the city"); a start that is the field's own label; and the region after a town's name. Kept otherwise:
/// a shared part is often part of the value ("Flat 1", "Flat 2").
/// </summary>
public static partial class Affixes
{
    /// <summary>The shared start and end to take off <paramref name="source"/>'s values for <paramref name="field"/>.</summary>
    public static (string? Prefix, string? Suffix) Stripped(RecordField field, SurveySource source)
    {
        // The field's own label leading every value ("जिल्हा पुणे" for district, "Kartie Bongonga" for a "quarter
        // (kartie)", "ولاية سمائل" for a wilayat "without the word ولاية"): the page writes it in the value's text. The
        // header of the column the description names is no such label ("Урикит Удыгир" under "Урикит": the name as written).
        if (field.Type == "string" && source.Prefix is { } label && source.Drop is null
            && (FieldMatcher.NameScore(field.Words, FieldMatcher.Tokens(label)) >= 0.8
                || (FieldMatcher.Tokens(label) is { Count: > 0 } labelWords && labelWords.ToHashSet().IsSubsetOf(field.GlossWords.Except(field.ColumnWords).Concat(field.LeftOutWords)))))
        {
            return (label, null);
        }

        // A town's name followed by the region every record shares ("San Ignacio, Kayo Distrik" in a search by
        // district): the region is where they all are, not the town.
        if (field.Type == "string" && source.Suffix is { } region && region.TrimStart().StartsWith(',')
            && FieldMatcher.Tokens(field.Name).Any(TownWords.Contains))
        {
            return (null, region);
        }

        // What a bracket holds is left out by the span before it (BracketLeftOut), not by the end every record shares
        // ("Island)" of "Badu (Mulgrave Island)").
        if (field.Type != "string" || field.Description is not { } description || (source.Prefix is null && source.Suffix is null) || BracketLeftOut(field, source))
        {
            return (null, null);
        }

        var examples = field.Examples;
        if (examples.Count > 0)
        {
            return (
                source.Prefix is { } p && source.Drop is null && !examples.Any(x => x.Contains(p.Trim(), StringComparison.Ordinal)) ? p : null,
                source.Suffix is { } s && !examples.Any(x => x.Contains(s.Trim(), StringComparison.Ordinal)) ? s : null);
        }

        // "Without the village name (Xinalıq)" says how the page writes what it leaves out: an end every record shares
        // that is none of it ("Yuxarı məhəllə": the page's word for quarter) is part of the value.
        if (!Without().IsMatch(description)
            || (field.LeftOutMarks.Count > 0 && source.Suffix is { } shared && !FieldMatcher.Tokens(shared).Intersect(field.LeftOutWords).Any() && source.Prefix is null)
            || (field.LeavesOutChinese && source.Suffix is { } unlike && !Han().IsMatch(unlike)))
        {
            return (null, null);
        }

        // "Without the city": the part set off by a separator, at the end where there is one (the place a record
        // is in is usually written after it).
        return source.Suffix is { } suffix && (Separator(suffix.TrimStart()) || OneWord(suffix))
            ? (null, suffix)
            : (source.Prefix is { } prefix && source.Drop is null && Separator(prefix.TrimEnd()[^1..]) ? prefix : null, null);
    }

    /// <summary>
    /// "The town only, without the county" where each record names a different county ("Keswick, Cumbria"), or "before
    /// the slash" where every value has one ("ዴቻ / ሻፓ"): the place before its region (the span <c>first</c>); null when
    /// the description asks for no less or a shared end is cut already.
    /// </summary>
    public static string? Span(RecordField field, SurveySource source, string? suffix) =>
        field.Type == "string" && source.Span is null && NumberLeftOut(field, source) ? "unnumbered"
        : field.Type == "string" && source.Span is null && IconLeftOut(field, source) ? "iconless"
        : field.Type == "string" && source.Span is null && ChineseLeftOut(field, source) ? "hanless"
        : field.Type == "string" && source.Span is null
            && (suffix is null || !Separator(suffix.TrimStart()))
            && ((field.LeavesOutRegion && source.Traits.Town >= 0.8) || MarkedAfterBreak(field, source) || BracketLeftOut(field, source)
                || (field.BeforeTheSlash && Every(source, v => v.Contains(" / ", StringComparison.Ordinal)))
                || (field.LeavesOutAfter == "comma" && Every(source, v => v.Contains(", ", StringComparison.Ordinal)))
                || (field.LeavesOutAfter == "dash" && Every(source, Dashed().IsMatch)))
            ? "first"
            : null;

    /// <summary>
    /// "Without the number before it" where every value starts with its record's number ("१. खप्तड द्वार होमस्टे",
    /// "3) Casa Verde"): the text after it (the span <c>unnumbered</c>).
    /// </summary>
    private static bool NumberLeftOut(RecordField field, SurveySource source) =>
        field.Description is { } description && WithoutNumber().IsMatch(description)
        && Every(source, Numbered().IsMatch);

    /// <summary>
    /// "Without the yarn emoji" where every value starts with an icon ("🧶 «Хучни» хали-устаханаь"): the text after it
    /// (the span <c>iconless</c>).
    /// </summary>
    private static bool IconLeftOut(RecordField field, SurveySource source) =>
        field.Description is { } description && WithoutIcon().IsMatch(description)
        && Every(source, RecordField.StartsWithIcon);

    /// <summary>
    /// "Without the Chinese name" where every value ends with one after its own ("Tapangʉ 達邦"): the text before it
    /// (the span <c>hanless</c>).
    /// </summary>
    private static bool ChineseLeftOut(RecordField field, SurveySource source) =>
        field.LeavesOutChinese && Every(source, EndsInHan().IsMatch);

    /// <summary>
    /// "Without the town in brackets" where every value ends with one ("ጥዋለት (ባጽዕ)"): the description says where what
    /// it leaves out is, in any language the page writes the rest in.
    /// </summary>
    private static bool BracketLeftOut(RecordField field, SurveySource source) => BracketsLeftOut(field, source, EndsInBracket());

    /// <summary>
    /// Whether every value is wholly in brackets where the description says what brackets hold is left out ("(Montemitro)"
    /// in its own element beside "Mundimitar" for a village "without the Italian name in brackets"): it is that.
    /// </summary>
    public static bool BracketedLeftOut(RecordField field, SurveySource source) => BracketsLeftOut(field, source, Bracketed());

    private static bool BracketsLeftOut(RecordField field, SurveySource source, Regex values) =>
        field.Description is { } description && WithoutInBrackets().IsMatch(description)
        && Every(source, values.IsMatch);

    /// <summary>
    /// Whether every value names what the description says to leave out after a comma, a dash or in brackets, as the
    /// description says the page writes it ("Mirkovec, opčina Sveti Križ Začretje" for a village "without the
    /// municipality (opčina/grad)"; "الخزنة — إمارة أبوظبي" for an area "without the emirate (إمارة ...)"; "Havixbeck
    /// (Kr. Coesfeld)" for a town "without the district (Kr. ...)").
    /// </summary>
    public static bool MarkedAfterBreak(RecordField field, SurveySource source) =>
        field.LeftOutMarks.Count > 0 && Every(source, v => field.LeftOutMarks.Any(mark => PlaceBreaks.Any(b => v.Contains(b + mark, StringComparison.Ordinal))));

    /// <summary>What sets a place off from its region, as the script's first part splits it.</summary>
    private static readonly string[] PlaceBreaks = [", ", " — ", " – ", " / ", " ("];

    private static readonly HashSet<string> TownWords = ["town", "city", "village", "locality"];

    /// <summary>One word after the value ("पेडणें तालुको"): the page's word for what it is, where the task asks for it without.</summary>
    private static bool OneWord(string part) => part.StartsWith(' ') && part.Trim().Length > 0 && !part.Trim().Contains(' ', StringComparison.Ordinal);

    private static bool Separator(string part) => part.Length > 0 && ",·|/–—:;(-".Contains(part[0], StringComparison.Ordinal);

    /// <summary>Whether the source has values and every one is so.</summary>
    private static bool Every(SurveySource source, Func<string, bool> holds) => source.Sample.Count > 0 && source.Sample.All(holds);

    /// <summary>A dash set apart by spaces between two parts ("Șușnjevița – Šušnjevica").</summary>
    [GeneratedRegex(@"\S\s[—–]\s\S")]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\b(without|excluding|not including|minus|sans|ohne|sin|senza|zonder)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Without();

    [GeneratedRegex(@"\b(without|excluding|not including)\b[^.;()]{0,60}\b(in|within)\s+(round\s+)?(brackets|parentheses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutInBrackets();

    [GeneratedRegex(@"\S\s*\([^()]+\)\s*$")]
    private static partial Regex EndsInBracket();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[^\s\p{IsCJKUnifiedIdeographs}]\s*\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}\s]*$")]
    private static partial Regex EndsInHan();

    [GeneratedRegex(@"^\s*\([^()]+\)\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(without|excluding|not including)\b[^.;()]{0,40}\b(number|numbering|numeral|rank|position)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutNumber();

    [GeneratedRegex(@"\b(without|excluding|not including)\b[^.;()]{0,40}\b(emoji|icon|symbol|pictogram)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutIcon();

    /// <summary>A record's number before its text, in any digits: the same as the script's span <c>unnumbered</c> cuts.</summary>
    [GeneratedRegex(@"^[#№]?\p{Nd}{1,3}[.)]\s+\S")]
    private static partial Regex Numbered();
}
