using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>A word that tells wanted files apart (<see cref="Keep"/>) or ones to skip.</summary>
/// <param name="Level">Where it is read: "own" (the link's text, file name, title, column header), "row" (the row or
/// list item it is in), "item" (the outermost of several alike things around it: a tender's card), "section" (the
/// heading the link comes under), "any" of these, or for a year "dated": the nearest of them that names a year.</param>
public sealed record FileTerm(string Word, string Level, bool Keep);

/// <summary>The words that pick the files, and whether a file must carry all the wanted ones or any.</summary>
public sealed record FileChoice(IReadOnlyList<FileTerm> Terms, string Match)
{
    /// <summary>What the task says to leave out that no link's words say ("the notices" on a page that says it in
    /// Telugu): the files it means may be among those kept.</summary>
    public IReadOnlyList<string> Unplaced { get; init; } = [];

    /// <summary>
    /// Where the task asks for several things each of its own kind ("the annual reports in PDF for 2025 and 2026 and
    /// the budget spreadsheets in Excel"): each part picks among the files of its kinds, and a file any part picks is kept.
    /// </summary>
    public IReadOnlyList<FilePart> Parts { get; init; } = [];

    public static readonly FileChoice Every = new([], FileFilter.All);
}

/// <summary>One part of what a files task asks for: the kinds of file it names and the words that pick among them.</summary>
public sealed record FilePart(string Text, IReadOnlyList<string> Extensions, FileChoice Choice);

/// <summary>
/// Which of the page's file links the task wants, by its words: a word of the task that some links carry and others
/// do not tells them apart ("minutes (pöytäkirja)" among agendas; "the 2027 budget"; "still open (Açık)" among
/// concluded tenders; "autumn term" in the heading the newsletters come under), and a word after "skip", "except" or
/// "not" leaves those out. A file must carry every wanted word, or when no file does, the wanted words but years, or
/// when still none, any of them. Words every link or no link carries say nothing and are not used, so "download
/// every PDF" keeps every PDF; "including …" adds, it does not narrow; "on the programme page" says where, not which.
/// </summary>
public static partial class FileFilter
{
    public const string All = "all";
    public const string Any = "any";
    public const string Dated = "dated";

    private static readonly HashSet<string> Filler =
    [
        "download", "downloads", "save", "get", "fetch", "grab", "every", "all", "any", "each", "the", "and", "from", "with",
        "for", "that", "are", "is", "was", "were", "this", "these", "those", "them", "which", "only", "still", "also", "other",
        "file", "document", "doc", "link", "linked", "page", "site", "on", "of", "in", "as", "its", "their", "there", "here",
        "offered", "available", "listed", "shown", "one", "ones", "new", "latest", "please", "alike", "both", "not", "but",
    ];

    public static readonly string[] DocumentExtensions = ["pdf", "csv", "xlsx", "xls", "docx", "doc", "pptx", "odt", "ods", "zip", "txt", "json", "xml"];

    /// <summary>Every kind of file a page links to that a task may leave out by what it is: documents, pictures, recordings.</summary>
    public static readonly string[] LinkedExtensions = [.. DocumentExtensions, "rtf", "epub", "png", "jpg", "jpeg", "gif", "webp", "svg", "mp3", "mp4", "wav", "ogg", "m4a"];

    private static readonly Func<LinkContext, string>[] Places = [c => c.Own, c => c.Row, c => c.Item, c => c.Section];
    private static readonly string[] PlaceNames = ["own", "row", "item", "section"];

    /// <param name="kindsNamed">Whether the task named the kinds of file (<paramref name="extensions"/>) itself.</param>
    /// <param name="skip">What to leave out, where already found for the whole task (of which this is a part).</param>
    public static FileChoice Choose(string task, IReadOnlyList<string> extensions, IReadOnlyList<LinkContext> links, bool kindsNamed = false, IReadOnlyList<FileTerm>? skip = null)
    {
        if (links.Count < 2)
        {
            return FileChoice.Every;
        }

        var wanted = Asked(task);
        var said = Words(wanted, years: true).ToHashSet();
        var skipped = SkippedPhrases(task).SelectMany(phrase => SkippedWords(phrase, said)).ToHashSet();

        // A word the task uses both to want and to skip ("the latest release", "not the previous release") names what
        // both sides are, not which. Where the task names several kinds ("both tarballs and the .deb and .rpm
        // packages"), a word no file of one of those kinds carries ("Linux") describes the kinds asked for, not which.
        var kinds = kindsNamed
            ? links.GroupBy(l => extensions.Where(e => PathOf(l.Href).EndsWith("." + e, StringComparison.OrdinalIgnoreCase)).MaxBy(e => e.Length)).Where(g => g.Key is not null).ToList()
            : [];
        bool DescribesKinds(string word) => kinds.Count >= 2 && kinds.Any(kind => !kind.Any(l => Carries(l, word, "any")));
        // Told alike as a link's words are ("the general assemblies" and "the 2027 assembly" use one word).
        var words = said.Where(w => !NamesKind(w) && !skipped.Any(s => Alike(s, w)) && !DescribesKinds(w)).ToList();

        // The narrowest place where some links carry the word and others do not (the link, its row, its item, its heading).
        // A year is a file's date, read where the file is dated: a spreadsheet with no year in its name under the
        // heading "2026" is from 2026, and "CPI December 2025" published in January 2026 is from 2025.
        FileTerm? Narrowest(string word, bool keep)
        {
            var place = PlaceNames.FirstOrDefault(p => Tells(links, l => Carries(l, word, p)));
            var dated = IsYear(word) && Tells(links, l => Carries(l, word, Dated))
                && (place is null || links.Any(l => Carries(l, word, place) != Carries(l, word, Dated)));
            return dated ? new FileTerm(word, Dated, keep) : place is null ? null : new FileTerm(word, place, keep);
        }
        var narrow = words.Select(w => Narrowest(w, true)).OfType<FileTerm>().ToList();
        var wide = words.Where(w => Tells(links, l => Carries(l, w, "any"))).Select(w => new FileTerm(w, "any", true)).ToList();
        skip ??= [.. skipped.Where(w => !NamesKind(w) && !said.Any(s => Alike(s, w))).Select(w => Narrowest(w, false)).OfType<FileTerm>()];

        // Every wanted word where it tells files apart most narrowly, then anywhere around the link; then the same
        // without years; then any of the words: the first that keeps a file.
        static List<FileTerm> NoYears(List<FileTerm> terms) => [.. terms.Where(t => !IsYear(t.Word))];
        var attempts = new[] { (narrow, All), (wide, All), (NoYears(narrow), All), (NoYears(wide), All), (NoYears(wide), Any) };
        var (chosen, match) = attempts.FirstOrDefault(o => o.Item1.Count == 0 || Kept(new FileChoice([.. o.Item1, .. skip], o.Item2), links).Count > 0);
        return (chosen is null ? new FileChoice(skip, All) : new FileChoice([.. chosen, .. skip], match)) with { Unplaced = Unplaced(task, links) };
    }

    /// <summary>
    /// The things the task says to leave out whose own words (those it does not also ask with) no link carries and
    /// that name no kind of file. Read among the links of every kind on the page (<see cref="LinkedExtensions"/>), a
    /// thing named by a file of a kind not asked for ("the caravan route map", a PNG among PDF bulletins) is that file,
    /// left out by its kind.
    /// </summary>
    public static IReadOnlyList<string> Unplaced(string task, IReadOnlyList<LinkContext> links) =>
        [.. OwnWords(task).Where(p => p.Own.Count > 0 && !p.Own.Any(w => NamesKind(w) || links.Any(l => Carries(l, w, Any)))).Select(p => p.Phrase)];

    /// <summary>
    /// The links that carry the own words of a thing the task says to leave out: such a file of a kind the task does
    /// not ask for is that thing, and says nothing of what else it may leave out (<see cref="Unexplained"/>).
    /// </summary>
    public static IReadOnlyList<LinkContext> Placing(string task, IReadOnlyList<LinkContext> links)
    {
        var own = OwnWords(task).SelectMany(p => p.Own).Where(w => !NamesKind(w)).Distinct().ToList();
        return [.. links.Where(l => own.Any(w => Carries(l, w, Any)))];
    }

    /// <summary>Each thing the task says to leave out, with its words the task does not also ask with.</summary>
    private static IEnumerable<(string Phrase, List<string> Own)> OwnWords(string task)
    {
        var said = Words(Asked(task), years: true).ToHashSet();
        return SkippedPhrases(task).Select(phrase => (phrase, Words(phrase, years: true).Where(w => !said.Any(s => Alike(s, w))).ToList()));
    }

    /// <summary>
    /// Whether keeping <paramref name="kept"/> is a guess: the task leaves out more things no link names
    /// (<see cref="FileChoice.Unplaced"/>) than the page has families of files of kinds the task never names ("the
    /// building-permit form" may well be the one .docx), and the kept files of one kind are of two or more families by
    /// their names (budget reports "lapolo-mbongo-…" and one "zulunalo-likita-…"): one of those may be what it means.
    /// </summary>
    /// <param name="onPage">Every link to a file on the page (<see cref="LinkedExtensions"/>), of any kind.</param>
    public static bool Guesses(FileChoice choice, IReadOnlyList<string> kept, IReadOnlyList<string> onPage, string task)
    {
        if (choice.Unplaced.Count == 0 || kept.Count < 2 || !kept.GroupBy(Extension).Any(kind => kind.Select(Family).Distinct().Count() > 1))
        {
            return false;
        }

        return Unexplained(choice, onPage, task);
    }

    /// <summary>Whether a word the task wants (not only one it leaves out) picks among the files, in it or in one of its parts.</summary>
    public static bool Picks(FileChoice choice) => KeptFor(choice).Any();

    /// <summary>The words the task wants that pick among the files, in it and in its parts, each once.</summary>
    public static IEnumerable<string> KeptFor(FileChoice choice) =>
        choice.Terms.Where(t => t.Keep).Select(t => t.Word).Concat(choice.Parts.SelectMany(part => KeptFor(part.Choice))).Distinct();

    /// <summary>
    /// Whether no file carries every word the task wants (years aside), in it or in one of its parts, so that a file is
    /// kept for any one of them: "Kikongo ya leta" of one thing asked is also every other Kituba file's language.
    /// </summary>
    public static bool KeepsForAnyWord(FileChoice choice) => (choice.Match == Any && Picks(choice)) || choice.Parts.Any(part => KeepsForAnyWord(part.Choice));

    /// <summary>The families of files <paramref name="kept"/> by the first word of their names, for a message.</summary>
    public static IEnumerable<string> Families(IEnumerable<string> kept) => kept.Select(Family).Distinct();

    private static string Extension(string href) => Path.GetExtension(PathOf(href)).TrimStart('.').ToLowerInvariant();

    /// <summary>The letters a file's name starts with ("lapolo" for Lapolo_Mbongo_2026_T2.pdf): files named alike are one family.</summary>
    private static string Family(string href) => LeadingWord().Match(Path.GetFileNameWithoutExtension(PathOf(href)).ToLowerInvariant()).Value;

    /// <summary>
    /// The words that leave out a thing the task says to skip. A thing "of" another is told by its own words where it
    /// has some the task does not want ("the Word draft of the June report" is a draft, not the June report); by all
    /// of them where not ("the minutes of the 2026 meeting", when minutes are wanted).
    /// </summary>
    private static IEnumerable<string> SkippedWords(string phrase, HashSet<string> said)
    {
        var head = OfPart().Split(phrase, 2)[0];
        var own = Words(head, years: true).Where(w => !NamesKind(w) && !said.Any(s => Alike(s, w))).ToList();
        return Words(head.Length < phrase.Length && own.Count > 0 ? head : phrase, years: true);
    }

    [GeneratedRegex(@"\bof\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfPart();

    /// <summary>Each thing the task says to skip ("the Word copies", "the B.A.", "B.Com. timetables", "the notices").</summary>
    private static IEnumerable<string> SkippedPhrases(string task) =>
        Skip().Matches(task).SelectMany(m => PhraseBreak().Split(m.Groups["what"].Value)).Select(p => p.Trim()).Where(p => p.Length > 0);

    /// <summary>
    /// The kinds of files the task asks for ("every PDF and CSV"), without those it says to skip ("every document but
    /// the Word files"); any document when it names none. A kind word is read by the files' extensions, never as a word
    /// around the link: "I don't want the PDF bulletins" leaves out PDF links, not the Excel link in a row that also
    /// has a PDF.
    /// </summary>
    public static (string[] Extensions, bool Named) Kinds(string task)
    {
        var named = KindsIn(Wanted(task));
        var asked = named.Length > 0 ? named : DocumentExtensions;

        // A kind asked for and named among what to leave out ("the PDF reports …; leave out the PDF copy of the
        // timetable") leaves out some files of that kind, not all.
        var kinds = asked.Except(KindsIn(Skipped(task)).Except(named)).ToArray();
        return (kinds.Length > 0 ? kinds : asked, named.Length > 0);
    }

    /// <summary>
    /// The parts of what the task asks for, each chosen among the links of its kinds with what the whole task says to
    /// leave out, where there are several that each name their kinds of file ("the annual reports in PDF … and the
    /// budget spreadsheets in Excel"), or where a part names several years ("the reports for 2025 and 2026": a file is
    /// of one year). Null otherwise.
    /// </summary>
    public static FileChoice? ChooseParts(string task, IReadOnlyList<LinkContext> links)
    {
        // "from 2025 onwards" is each year the page has from 2025 on.
        var years = links.SelectMany(l => YearWord().Matches(l.Own + l.Row + l.Item + l.Section)).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var parts = PartsOf(task).Select(part => Onwards().Replace(part, m =>
            string.Join(" and ", years.Where(y => y >= int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture))))).ToList();
        var kinded = parts.Count >= 2 && parts.All(p => KindsIn(p).Length > 0);
        if (!kinded && !parts.Any(p => YearList().IsMatch(p)))
        {
            return null;
        }

        // "2025 and 2026" is two parts, one for each year.
        var split = parts.SelectMany(part => YearList().Match(part) is { Success: true } list
            ? Regex.Matches(list.Value, "[12][0-9]{3}").Select(year => part.Replace(list.Value, year.Value, StringComparison.Ordinal))
            : [part]).ToList();
        // What to leave out is told apart among all the files, as for the whole task; a thing to leave out that shares
        // words with some parts ("the 2024 vaccination report") is left out of those only.
        var kinds = Kinds(task).Extensions;
        var whole = Choose(task, kinds, [.. links.Where(l => OfKind(l.Href, kinds))], true);
        var skip = whole.Terms.Where(t => !t.Keep).ToList();
        var skipped = string.Concat(Skip().Matches(task).Select(m => "; " + m.Value));
        HashSet<string> About(string text) => [.. Words(text, years: false).Where(w => !NamesKind(w))];
        var asked = parts.SelectMany(About).ToHashSet();

        // A year alone after "or" ("minutes from 2024 or 2026") is about what the phrase before it names. Other: a thing
        // to leave out named apart from everything asked for ("the water-rate ordinance" beside "the minutes"), not as
        // some of it ("the extraordinary ones", "the 2026 minutes").
        var phrases = new List<(HashSet<string> Words, HashSet<string> About, bool Other)>();
        foreach (var phrase in SkippedPhrases(task))
        {
            var words = About(phrase);
            var about = words.Count == 0 && phrases.Count > 0 ? phrases[^1].About : words;
            phrases.Add((Words(phrase, years: true).ToHashSet(), about, about.Count > 0 && !about.Any(w => asked.Any(a => Alike(a, w)))));
        }

        bool OtherThing(string word) => phrases.Where(p => p.Words.Contains(word)).DefaultIfEmpty().All(p => p.Other);
        FilePart ChoosePart(string part, IEnumerable<FileTerm> others)
        {
            var (extensions, named) = Kinds(part + skipped);
            var own = links.Where(l => OfKind(l.Href, extensions)).ToList();
            var about = About(part);
            var mine = skip.Where(t => phrases.Any(p => p.Words.Contains(t.Word) && (p.About.Overlaps(about) || !p.About.Overlaps(asked)))).ToList();
            var choice = Choose(part, extensions, own, named, [.. mine, .. others.Where(t => !about.Contains(t.Word))]);

            // Such a thing is no file that carries every word asked for: a word of it found there by its start alone found
            // another word ("ordinance" in "Acta du plenu ordinariu"; "list" in "Listo di membri 2027" is the word).
            var keep = choice.Terms.Where(t => t.Keep).ToList();
            var chance = keep.Count == 0 ? [] : choice.Terms.Where(t => !t.Keep && OtherThing(t.Word)
                && own.Any(l => Carries(l, t.Word, t.Level) && !Carries(l, t.Word, t.Level, whole: true) && keep.All(k => Carries(l, k.Word, k.Level)))).ToList();
            return new FilePart(part, extensions, chance.Count == 0 ? choice
                : Choose(part, extensions, own, named, [.. mine.Except(chance), .. others.Where(t => !about.Contains(t.Word)).Except(chance)]));
        }

        // What another part of the same kinds of file is picked by is what that part is about, not this one: "the 2025
        // reports as PDFs, the 2026 catalogue" keeps no 2025 catalogue among the reports. A part of other kinds picks
        // none of this part's files ("kene", pattern, names the PDF booklets and the CSV timetables of pattern courses).
        var first = split.Select(part => ChoosePart(part, [])).ToList();
        var chosen = first.Select((part, i) => ChoosePart(part.Text, first.Where((other, j) => j != i && other.Extensions.Intersect(part.Extensions).Any())
            .SelectMany(other => other.Choice.Terms.Where(t => t.Keep && !IsYear(t.Word)))
            .Select(t => t with { Keep = false }).DistinctBy(t => t.Word))).ToList();
        return new FileChoice([], All) { Parts = chosen, Unplaced = whole.Unplaced };
    }

    /// <summary>
    /// The things the task asks for that no link names in any of their words, its year included, nor by the kind of
    /// file ("the festival rules" where the page writes only "Te ture o te Matava'a"): which of the page's files they
    /// are is a guess, and the files the other things pick are not all that is asked. "every volume" says how many of
    /// the thing before it, not another thing.
    /// </summary>
    public static IReadOnlyList<string> Unnamed(string task, IReadOnlyList<LinkContext> links) =>
        [.. Part().Split(Asked(task))
            .SelectMany(part => ListedPart().Split(part))
            .Select(part => part.Trim(' ', ',', ';'))
            .Where(part => KindsIn(part).Length == 0 && !Qualifier().IsMatch(part)
                && Words(part, years: true).Where(w => !NamesKind(w)).ToList() is { Count: > 0 } words
                && !words.Any(w => links.Any(l => Carries(l, w, Any))))];

    /// <summary>
    /// Whether what the task says to leave out that no link names (<see cref="FileChoice.Unplaced"/>) may be files the
    /// planner does not keep anyway: the page has at least as many families of files of kinds the task never names
    /// ("the meeting minutes" may well be the .docx files; "the recording", "the photo" the .mp3 and the .jpg).
    /// </summary>
    public static bool Unexplained(FileChoice choice, IReadOnlyList<string> onPage, string task)
    {
        var named = KindsIn(task);
        var unnamed = onPage.Where(href => !named.Contains(Extension(href))).Select(href => Extension(href) + " " + Family(href)).Distinct().Count();
        return choice.Unplaced.Count > unnamed;
    }

    private static bool OfKind(string href, IReadOnlyList<string> extensions) =>
        extensions.Any(e => PathOf(href).EndsWith("." + e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A link to a document file (a PDF, a spreadsheet …), not to a page.</summary>
    public static bool IsDocument(string href) => OfKind(href, DocumentExtensions);

    /// <summary>
    /// The things the task asks for, at ", and …" or "and its …", or at a comma before "the" or "its" in a list where
    /// some thing names its kind of file ("the reports in PDF, the Word version of its timetable", "the reports as PDF
    /// files, the 2026 catalogue", "the 2027 price list, the sign-up form as a Word document": the price list is of
    /// the kind its own words pick, not a Word document).
    /// </summary>
    private static List<string> PartsOf(string task) =>
        [.. Part().Split(Wanted(task))
            .SelectMany(p => ListedPart().Split(p) is { Length: > 1 } listed && listed.Any(l => KindsIn(l).Length > 0) ? listed : [p])
            .Select(p => p.Trim(' ', ',', ';')).Where(p => Words(p, years: true).Any())];

    /// <summary>
    /// A part of what the task asks for that names no kind of file while another part does ("the rainfall
    /// spreadsheets in Excel format, and its 2026 harvest reports"): which kind those are is a guess. Null otherwise.
    /// </summary>
    public static string? KindlessPart(string task)
    {
        var parts = PartsOf(task).Select(p => (Text: p, Named: KindsIn(p).Length > 0)).ToList();
        return parts.Count > 1 && parts.Any(p => p.Named) ? parts.FirstOrDefault(p => !p.Named).Text : null;
    }

    /// <summary>
    /// The one kind of file that the words of a part naming none pick among the page's documents ("the Tshogdu
    /// resolutions of 2025": the two PDFs named so), or null where they pick files of several kinds.
    /// </summary>
    public static string? KindOf(string part, string task, IReadOnlyList<LinkContext> documents)
    {
        var skip = Choose(task, DocumentExtensions, documents).Terms.Where(t => !t.Keep).ToList();
        var kinds = Kept(Choose(part, DocumentExtensions, documents, false, skip), documents).Select(Extension).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }

    /// <summary>The task with the kind of file said for a part that named none ("… of 2025 (both sessions) as pdf").</summary>
    public static string WithKind(string task, string part, string kind)
    {
        var at = task.IndexOf(part, StringComparison.Ordinal);
        return at < 0 ? task : task.Insert(at + part.Length, " as " + kind);
    }

    private static string[] KindsIn(string text) =>
        [.. FileWord().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).SelectMany(w => w switch
        {
            "excel" or "spreadsheet" => new[] { "xlsx", "xls", "ods" },
            "word" => ["docx", "doc"],
            "jpg" or "jpeg" => ["jpg", "jpeg"],
            "image" => ["png", "jpg", "jpeg", "gif", "webp"],
            "tarball" => ["tar.gz", "tgz", "tar.xz", "tar.bz2"],
            _ => [w],
        }).Concat(DottedExtension().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant())).Distinct()];

    /// <summary>A word that names a kind of file ("pdf", "excel", "spreadsheets").</summary>
    private static bool NamesKind(string word) => FileWord().Match(word) is { Success: true } m && m.Length == word.Length;

    /// <summary>
    /// The files a choice keeps, each URL once in page order: an occurrence of it carries the wanted words (all or
    /// any, as chosen) and none carries a word to skip. The script keeps its files by the same rule (extraction.js).
    /// </summary>
    public static IReadOnlyList<string> Kept(FileChoice choice, IReadOnlyList<LinkContext> links)
    {
        if (choice.Parts.Count > 0)
        {
            var picked = KeptByPart(choice, links).SelectMany(kept => kept).ToHashSet();
            return [.. links.Select(l => l.Href).Distinct().Where(picked.Contains)];
        }

        var keep = choice.Terms.Where(t => t.Keep).ToList();
        var skip = choice.Terms.Where(t => !t.Keep).ToList();
        bool Wanted(LinkContext link) =>
            keep.Count == 0 || (choice.Match == All ? keep.All(t => Carries(link, t.Word, t.Level)) : keep.Any(t => Carries(link, t.Word, t.Level)));
        return [.. links.GroupBy(l => l.Href)
            .Where(g => g.Any(Wanted) && !g.Any(l => skip.Any(t => Carries(l, t.Word, t.Level))))
            .Select(g => g.Key)];
    }

    /// <summary>The files each part of a choice keeps (<see cref="FileChoice.Parts"/>), or all it keeps as one part.</summary>
    public static IEnumerable<IReadOnlyList<string>> KeptByPart(FileChoice choice, IReadOnlyList<LinkContext> links) =>
        choice.Parts.Count > 0 ? choice.Parts.Select(part => Kept(part.Choice, [.. links.Where(l => OfKind(l.Href, part.Extensions))])) : [Kept(choice, links)];

    /// <summary>
    /// Whether the link's words (at the start of a word; a word of two letters, "ba" for "B.A.", whole) hold the term
    /// where it is read; the script reads them alike.
    /// </summary>
    /// <param name="whole">Whether all of the term as it sounds starts a word, not only its start (<see cref="Heard"/>).</param>
    private static bool Carries(LinkContext link, string word, string level, bool whole = false) =>
        (level switch
        {
            Any => Places,
            Dated => Places.Where(place => YearWord().IsMatch(place(link))).Take(1).ToArray(),
            _ => [Places[Array.IndexOf(PlaceNames, level)]],
        }).Any(place => Sounds(place(link)).Contains(word.Length <= 2 ? $" {word} " : " " + (whole ? Sound(word) : Heard(word)), StringComparison.Ordinal));

    /// <summary>What a word of three letters or more is found by among a link's words: the start of how it sounds.</summary>
    private static string Heard(string word) => word.Length <= 2 ? word : Stem(Sound(word));

    /// <summary>Two words of the task that find each other as they would find a link's word ("assemblie", "assembly").</summary>
    private static bool Alike(string a, string b) =>
        a == b || (a.Length > 2 && b.Length > 2 && (Sound(a).StartsWith(Heard(b), StringComparison.Ordinal) || Sound(b).StartsWith(Heard(a), StringComparison.Ordinal)));

    /// <summary>
    /// A word as it sounds, so the same word spelled in another language's way is found ("vaccination" in "vaksin",
    /// "clinic" in "klinik", "pharmacy" in "farmasi"): ph, th, ch as f, t, k; c as s before e, i, y and k elsewhere; x
    /// as ks, y as i, z as s; a doubled letter once. Words shorter than five letters are kept as they are ("xlsx",
    /// "docx"). The script reads a link's words alike (extraction.js, fileLinks).
    /// </summary>
    public static string Sound(string word) =>
        word.Length < 5 || !word.All(char.IsLetter) ? word
            : Doubled().Replace(SoftC().Replace(word.Replace("ph", "f", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal)
                .Replace("ch", "k", StringComparison.Ordinal).Replace("ck", "k", StringComparison.Ordinal), "s")
                .Replace('c', 'k').Replace("x", "ks", StringComparison.Ordinal).Replace('y', 'i').Replace('z', 's'), "$1");

    private static string Sounds(string words) => string.Join(' ', words.Split(' ').Select(Sound));

    /// <summary>A year as the task and the page write it ("2026"): what <see cref="YearWord"/> finds among a place's words.</summary>
    private static bool IsYear(string word) => word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsDigit);

    /// <summary>A long word is matched by its start, so a task's word finds the page's kin ("criteria", "critérios";
    /// "tariff", "tarifi").</summary>
    private static string Stem(string word) => word.Length >= 8 ? word[..6] : word.Length >= 6 ? word[..5] : word;

    /// <summary>A link's path without its query and fragment, absolute or as the page writes it ("f/a.pdf?v=2").</summary>
    private static string PathOf(string href) => Uri.TryCreate(href, UriKind.Absolute, out var uri) ? uri.AbsolutePath : href.Split('?', '#')[0];

    /// <summary>Some links carry it and some do not.</summary>
    private static bool Tells(IReadOnlyList<LinkContext> links, Func<LinkContext, bool> carries)
    {
        var carrying = links.Count(carries);
        return carrying > 0 && carrying < links.Count;
    }

    /// <summary>What the task says to skip ("…; skip spreadsheets and images" → "spreadsheets and images").</summary>
    private static string Skipped(string task) => string.Join(" ", Skip().Matches(task).Select(m => m.Groups["what"].Value));

    /// <summary>The task without what it says to skip ("…; skip spreadsheets and images" names no kind of file wanted).</summary>
    public static string Wanted(string task) => Skip().Replace(task, " ");

    /// <summary>What the task asks for, less what it skips, what it adds in passing and where the files are.</summary>
    private static string Asked(string task) => Where().Replace(Adding().Replace(Wanted(task), " "), " ");

    /// <summary>
    /// The words a text is compared by, as the page's are (lower case, no accents), plurals folded; years too if asked.
    /// An abbreviation with dots is one word ("B.Sc." → "bsc"; the page's words have it both ways).
    /// </summary>
    public static IEnumerable<string> Words(string text, bool years) =>
        Plain(Abbreviation().Replace(text, " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => (w.Length >= 3 && !w.All(char.IsDigit) && !Filler.Contains(w)) || (years && IsYear(w)))
            .Select(w => w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .Concat(Abbreviation().Matches(text).Select(m => Plain(m.Value).Replace(" ", "", StringComparison.Ordinal)))
            .Where(w => !Filler.Contains(w));

    private static string Plain(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            plain.Append(c == 'ı' ? 'i' : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return plain.ToString();
    }

    /// <summary>What follows a word that says to skip, up to the end of its clause (a dot in "B.Com. timetables" ends none).</summary>
    [GeneratedRegex(@"\b(skip|skipping|except|excluding|exclude|not|no(?!\.)|without|ignore|ignoring|other than|leave out|but not|don['’]t need|don['’]t want|no need for)\b(?<what>(?:[^.;]|\.(?=\p{L}|\s+\p{Ll}))*)", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    /// <summary>A year among a place's words (" 2026 "); the script reads it alike.</summary>
    [GeneratedRegex(@" [12][0-9]{3} ")]
    private static partial Regex YearWord();

    [GeneratedRegex(@",|\b(?:or|and|nor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseBreak();

    /// <summary>Where the task goes on to another thing it wants: ", and …", "and its / the / their / all / every …" or "plus …".</summary>
    [GeneratedRegex(@",\s*and\s+|\s+and\s+(?=(?:its|the|their|all|every|any)\b)|,?\s+plus\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@",\s*(?=(?:its|the|their|all|every|any)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ListedPart();

    [GeneratedRegex(@"^(?:every|all|both|each)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    /// <summary>A year and every later one: "from 2025 onwards", "since 2025", "2025 and later".</summary>
    [GeneratedRegex(@"\b(?:from\s+(?<year>[12][0-9]{3})\s+(?:onwards?|and later|or later)|since\s+(?<year>[12][0-9]{3})|(?<year>[12][0-9]{3})\s+(?:onwards?|and later|or later|and after|and newer))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Onwards();

    /// <summary>Years named one after another as alternatives ("2025 and 2026", "2024, 2025 or 2026"), not a range.</summary>
    [GeneratedRegex(@"\b[12][0-9]{3}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*(?:and|or)\s+)[12][0-9]{3})+\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearList();

    /// <summary>
    /// Where the task picks files by their numbers ("the lesson books for levels 1 to 3") and a kept file is numbered
    /// otherwise ("Bohairic lesson book 4", bohairic-taxis-4.pdf): the planner tells files apart by words and years,
    /// not by a number among others in a name, so that file may well be one the task does not want. The first such
    /// file, or null.
    /// </summary>
    public static string? NumberedOtherwise(string task, IReadOnlyList<string> kept, IReadOnlyList<LinkContext> links)
    {
        if (NumberedThings().Match(task) is not { Success: true } phrase)
        {
            return null;
        }

        var asked = new HashSet<int>();
        foreach (Match range in NumberRange().Matches(phrase.Value))
        {
            var from = Number(range.Groups["from"].Value);
            var to = range.Groups["to"].Success ? Number(range.Groups["to"].Value) : from;
            asked.UnionWith(Enumerable.Range(Math.Min(from, to), Math.Abs(to - from) + 1));
        }

        return kept.FirstOrDefault(href =>
        {
            var words = string.Concat(links.Where(l => l.Href == href).Select(l => l.Own)) + " " + Path.GetFileNameWithoutExtension(PathOf(href));
            var numbers = SmallNumber().Matches(words).Select(n => Number(n.Value)).ToHashSet();
            return numbers.Count > 0 && !numbers.Overlaps(asked);
        });
    }

    /// <summary>A number in digits of any script ("१" in a Kurukh file's name is 1).</summary>
    private static int Number(string digits) => int.Parse(Evidence.Western(digits), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<from>\d{1,3})(?:\s*(?:to|through|-|–)\s*(?<to>\d{1,3}))?")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?!\d|[.,]\d)")]
    private static partial Regex SmallNumber();

    [GeneratedRegex(@"\b(?:levels?|books?|class(?:es)?|standards?|volumes?|vols?\.|parts?|units?|grades?|chapters?|modules?|lessons?|issues?|episodes?)\s+(?:\d{1,3}(?:\s*(?:to|through|-|–|and|or|,)\s*\d{1,3})+|\d{1,3}\b(?!\s*(?:[.:/]\d|%)))", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedThings();

    [GeneratedRegex("c(?=[eiy])")]
    private static partial Regex SoftC();

    [GeneratedRegex(@"(\p{L})\1")]
    private static partial Regex Doubled();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingWord();

    /// <summary>"B.Sc.", "B.Com.", "Ph.D.": short letter groups joined by dots. The script's linkContext finds them alike.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])\p{L}{1,3}(?:\.\p{L}{1,4})+\.?")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b(pdf|csv|xlsx?|docx?|pptx?|odt|ods|zip|txt|json|xml|rtf|epub|png|jpe?g|gif|webp|svg|mp3|mp4|excel|spreadsheet|word|image|tarball)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileWord();

    /// <summary>A kind of file named by its extension (".deb", ".tar.gz"), not a version's parts ("3.2.0").</summary>
    [GeneratedRegex(@"(?<![\w.])\.([a-z][a-z0-9]{1,4}(?:\.[a-z0-9]{1,3})?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DottedExtension();

    [GeneratedRegex(@"\b(including|incl\.|as well as|also)\b[^.;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Adding();

    /// <summary>Where the files are ("on the programme page", "from this cooperative's downloads page") says nothing
    /// about which.</summary>
    [GeneratedRegex(@"\b(on|from|in|at)\s+(the\s+|this\s+|our\s+)?[\p{L}\s'’-]{0,60}?\b(page|site|website|section|portal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();
}
