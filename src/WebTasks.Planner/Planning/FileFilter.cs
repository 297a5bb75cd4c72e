using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>A word that tells wanted files apart (<see cref="Keep"/>) or ones to skip, read in the link's own words or its row's.</summary>
/// <param name="Level">"own" (the link's text, file name, title, column header), "row" (the row or list item it is
/// in) or "item" (the outermost of several alike things around it: a tender's card).</param>
public sealed record FileTerm(string Word, string Level, bool Keep);

/// <summary>
/// Which of the page's file links the task wants, by its words: a word of the task that some links carry and others
/// do not tells them apart ("minutes (pöytäkirja)" among agendas; "still open (Açık)" among concluded tenders), and a
/// word after "skip", "except" or "not" leaves those out. Words every link or no link carries say nothing and are not
/// used, so "download every PDF" keeps every PDF; "including …" adds, it does not narrow; "on the programme page" says
/// where, not which.
/// </summary>
public static partial class FileFilter
{
    private static readonly HashSet<string> Filler =
    [
        "download", "downloads", "save", "get", "fetch", "grab", "every", "all", "any", "each", "the", "and", "from", "with",
        "for", "that", "are", "is", "was", "were", "this", "these", "those", "them", "which", "only", "still", "also", "other",
        "file", "document", "doc", "link", "linked", "page", "site", "on", "of", "in", "as", "its", "their", "there", "here",
        "offered", "available", "listed", "shown", "one", "ones", "new", "latest", "please",
    ];

    public static IReadOnlyList<FileTerm> Terms(string task, IReadOnlyList<string> extensions, IReadOnlyList<LinkContext> links)
    {
        if (links.Count < 2)
        {
            return [];
        }

        var skips = Skip().Matches(task);
        var wanted = Where().Replace(Adding().Replace(Wanted(task), " "), " ");
        var terms = new List<FileTerm>();
        foreach (var (text, keep) in skips.Select(m => (m.Groups["what"].Value, false)).Prepend((wanted, true)))
        {
            foreach (var word in Words(text).Where(w => !extensions.Contains(w)).Distinct())
            {
                var level = Tells(word, links, c => c.Own) ? "own" : Tells(word, links, c => c.Row) ? "row" : Tells(word, links, c => c.Item) ? "item" : null;
                if (level is not null && !terms.Any(t => t.Word == word))
                {
                    terms.Add(new FileTerm(word, level, keep));
                }
            }
        }

        return terms;
    }

    /// <summary>The task without what it says to skip ("…; skip spreadsheets and images" names no kind of file wanted).</summary>
    public static string Wanted(string task) => Skip().Replace(task, " ");

    /// <summary>The words a text is compared by, as the page's are (lower case, no accents), plurals folded.</summary>
    public static IEnumerable<string> Words(string text) =>
        Plain(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !w.All(char.IsDigit) && !Filler.Contains(w))
            .Select(w => w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .Where(w => !Filler.Contains(w));

    /// <summary>Some links carry the word (at a word's start) and some do not.</summary>
    private static bool Tells(string word, IReadOnlyList<LinkContext> links, Func<LinkContext, string> words)
    {
        var carrying = links.Count(l => words(l).Contains(" " + word, StringComparison.Ordinal));
        return carrying > 0 && carrying < links.Count;
    }

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

    [GeneratedRegex(@"\b(skip|skipping|except|excluding|exclude|not|without|ignore|ignoring|other than|leave out|but not)\b(?<what>[^.;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    [GeneratedRegex(@"\b(including|incl\.|as well as|plus|also)\b[^.;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Adding();

    /// <summary>Where the files are ("on the programme page") says nothing about which.</summary>
    [GeneratedRegex(@"\b(on|from|in|at)\s+(the\s+|this\s+|our\s+)?[\p{L}\s-]{0,40}?\b(page|site|website|section|portal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();
}
