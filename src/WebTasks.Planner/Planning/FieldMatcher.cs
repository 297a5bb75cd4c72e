using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// How well a place on the page is named for a field: the field's name (and the task's word for it, and its
/// description) against column headers, labels, itemprop/data-*/class names and attribute names, with synonyms
/// (English and a few other languages) and abbreviations; an element's role as a last resort.
/// </summary>
public static partial class FieldMatcher
{
    private static readonly string[][] SynonymGroups =
    [
        ["name", "title", "product", "heading", "nom", "nombre", "produit", "produkt", "producto", "bezeichnung", "titel", "titre"],
        ["price", "cost", "amount", "fee", "total", "preis", "prix", "precio", "prezzo", "tarif", "kosten", "betrag", "montant", "coste"],
        ["rating", "star", "score", "rate", "grade", "bewertung"],
        ["url", "link", "href", "website", "permalink", "detail"],
        ["image", "img", "photo", "picture", "thumbnail", "src", "logo", "bild"],
        ["email", "mail", "courriel", "correo"],
        ["phone", "tel", "telephone", "mobile", "telefon", "téléphone", "teléfono", "telefono"],
        ["date", "time", "published", "posted", "datetime", "when", "day", "datum", "fecha"],
        ["company", "employer", "organization", "org", "firm", "firma", "entreprise", "empresa", "unternehmen"],
        ["location", "city", "place", "address", "venue", "where", "town", "village", "ort", "lieu", "ville", "stadt", "ciudad", "adresse", "anschrift", "dirección"],
        // A pin (📍) says where, which for a field about a neighbourhood is its neighbourhood.
        ["location", "neighbourhood", "neighborhood", "quartier"],
        ["department", "team", "group", "section", "category", "division", "unit"],
        ["description", "summary", "desc", "about", "text", "blurb", "beschreibung"],
        ["author", "by", "writer", "byline", "autor", "auteur"],
        ["role", "position", "job", "occupation"],
        ["director", "ceo", "geschäftsführer", "geschäftsführerin", "geschäftsführung", "vorstand", "gérant", "gérante", "directeur", "directrice", "direttore", "direttrice", "amministratore", "administrador", "administradora", "directora", "bestuurder", "zaakvoerder", "toimitusjohtaja", "prezes", "jednatel"],
        ["sku", "id", "code", "ref", "reference", "réf", "référence", "referenz", "artikelnummer"],
        ["stock", "availability", "available", "instock", "disponibilité", "disponible", "verfügbar", "verfügbarkeit", "lieferbar", "dispo"],
        ["query", "search", "keyword", "term", "q", "find", "what"],
        ["postcode", "zip", "postal", "plz"],
        ["weight", "gewicht", "poids", "peso"],
        ["serving", "serve", "portion", "yield", "ración", "racione", "porción", "porcione", "persona", "portionen", "personen", "porzione", "porzioni", "porçõe", "portie"],
    ];

    /// <summary>Words for a place, whose name is no name of the record ("village … (its Haida name)").</summary>
    private static readonly HashSet<string> PlaceWords = ["village", "town", "city", "district", "island", "community", "neighbourhood", "neighborhood", "suburb", "parish", "municipality", "region", "province", "county", "country"];

    /// <summary>A place's larger part, written last ("Dent, Cumbria").</summary>
    private static readonly HashSet<string> RegionWords = ["county", "state", "province", "region", "country", "prefecture", "canton", "land", "bundesland", "departement", "voivodeship"];
    private static readonly HashSet<string> StartWords = ["start", "begin", "from", "open", "opening", "first", "since", "arrival", "checkin", "commence", "min", "minimum", "lowest", "least"];
    /// <summary>Whether the words are about the start of something ("from", "lowest", "opening").</summary>
    public static bool AboutStart(IEnumerable<string> words) => words.Any(StartWords.Contains);

    private static readonly HashSet<string> EndWords = ["end", "until", "till", "to", "close", "closing", "last", "finish", "expiry", "expire", "checkout", "through", "max", "maximum", "highest", "most", "upper"];

    /// <summary>Whether the words are about the end of something and not its start ("closes", "until").</summary>
    public static bool AboutEnd(IEnumerable<string> words) => words.Any(EndWords.Contains) && !AboutStart(words);

    /// <summary>Words a task or a description uses around field names, which name nothing themselves.</summary>
    private static readonly HashSet<string> Filler =
    [
        "the", "a", "an", "its", "it", "is", "are", "their", "his", "her", "of", "in", "on", "at", "for", "to", "and", "or",
        "whether", "each", "every", "all", "with", "how", "many", "much", "number", "which", "what", "if", "they", "them", "be", "one",
        // "even if only part of the day": words that hedge a yes, not the field's ("Monday to Friday only" says no Saturday).
        "only", "even", "any", "just", "also", "as",
    ];

    private static readonly Dictionary<string, HashSet<string>> Synonyms = BuildSynonyms();

    /// <summary>The lexicon's labels of several words ("vyumba vya kulala", "salle de bain"), by the words of their concept.</summary>
    private static readonly Dictionary<string, string[][]> Phrases = BuildPhrases();

    /// <summary>Every label the lexicon knows, by its words joined with spaces.</summary>
    private static readonly HashSet<string> KnownLabels =
        [.. Lexicon.Labels.SelectMany(concept => concept.Value.Append(concept.Key)).Select(label => string.Join(' ', Tokens(label)))];

    /// <summary>
    /// Whether a label names a thing the lexicon knows that the field is not ("Garantía", a warranty, beside a rent):
    /// the value it labels is that thing.
    /// </summary>
    public static bool NamesOther(RecordField field, string label, IReadOnlyList<string>? taskWords) =>
        KnownLabels.Contains(string.Join(' ', Tokens(label))) && Score(field, new SurveySource { Sel = "", Read = "text", Hints = [label] }, taskWords) == 0;

    /// <summary>Lower-case words of a name: camelCase, snake_case, kebab-case and spaces split, plurals folded.</summary>
    public static IReadOnlyList<string> Tokens(string name) =>
        WordPattern().Matches(CamelBoundary().Replace(Possessive().Replace(name, ""), "$1 $2"))
            .Select(m => m.Value.ToLowerInvariant())
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .ToList();

    /// <summary>The words of a phrase that name something ("whether it is in stock" → stock).</summary>
    public static IReadOnlyList<string> ContentWords(string phrase) => Tokens(phrase).Where(w => !Filler.Contains(w)).ToList();

    /// <summary>
    /// 1 for the same name, 0.9 when a hint contains the field's words, 0.8 through synonyms, 0.75 when the hint is
    /// part of the name, 0.7 for an abbreviation (qty, amt), 0.5 for a partial match, 0.3–0.6 for an element's role
    /// or the value's type alone, else 0. The task's word for the field counts nearly as much as its name; its
    /// description, less.
    /// </summary>
    public static double Score(RecordField field, SurveySource source, IReadOnlyList<string>? taskWords = null)
    {
        var fieldTokens = Tokens(field.Name);
        if (fieldTokens.Count == 0)
        {
            return 0;
        }

        var described = field.DescribedWords;
        var glosses = field.GlossPhrases;
        var best = 0.0;
        foreach (var hint in source.Hints)
        {
            if (hint.StartsWith("role:", StringComparison.Ordinal))
            {
                // A field its description calls a name ("cooperative's name as written") is one, less surely than by its own name;
                // a place's name ("village … (its Haida name)") is no heading's name of the record.
                best = Math.Max(best, Math.Max(RoleScore(fieldTokens, hint[5..], source.Read),
                    described.Contains("name") && !fieldTokens.Any(PlaceWords.Contains) ? 0.8 * RoleScore(["name"], hint[5..], source.Read) : 0));
                continue;
            }

            // The icon the description says the field is written after ("town after 📍", "cows (🐄 Chüe)") names it,
            // less surely than a word.
            if (hint.StartsWith("icon:", StringComparison.Ordinal))
            {
                best = Math.Max(best, field.Icons.Contains(hint[5..]) ? 0.6 : 0);
                continue;
            }

            // The weekdays a label names, the row a cell is in and the part of a text a value is are evidence of their
            // own (Evidence), not words of a name (the row's name is in the cell's header too).
            if (hint.StartsWith("days:", StringComparison.Ordinal) || hint.StartsWith("row:", StringComparison.Ordinal) || hint.StartsWith("span:", StringComparison.Ordinal))
            {
                continue;
            }

            // The start or the end of a range (of dates, numbers), for a field about a start ("opens", "lowest")
            // or an end ("closes", "until"); not a yes or no ("openOnSunday").
            if (hint.StartsWith("range:", StringComparison.Ordinal))
            {
                var about = fieldTokens.Concat(described).ToList();
                best = Math.Max(best, field.Type != "boolean" && about.Any((hint == "range:end" ? EndWords : StartWords).Contains) ? 0.6 : 0);
                continue;
            }

            // A number's own unit word ("212 reviews" for reviewCount) names it, though less surely than a label.
            if (hint.StartsWith("value:", StringComparison.Ordinal))
            {
                var unit = Tokens(hint[6..]);
                // A unit that only sounds as a word of the field's ("درهم" for "dirhams") is its currency, not its name.
                best = Math.Max(best, 0.6 * Math.Max(NameScore(fieldTokens, unit, bySound: false), taskWords is { Count: > 0 } ? 0.9 * NameScore(taskWords, unit, bySound: false) : 0));

                // Every value writing the word the description glosses the field with ("6 ตัว" for "pigs (ตัว)") says
                // what it counts more plainly than a label beside it could; a currency's mark ("Nu." of "in ngultrum
                // (Nu.)") says only that it is money, as every price beside it does.
                best = Math.Max(best, source.Traits.Currency < 0.5 && glosses.Any(phrase => Contiguous(unit, phrase)) ? 0.85 : 0);
                continue;
            }

            var hintTokens = Tokens(hint);
            best = Math.Max(best, NameScore(fieldTokens, hintTokens));

            // A label that writes the page's word the description glosses the field with ("Pala kering (biji) — 1 kg"
            // for "dried nutmeg (pala kering)") names it as plainly as its own name.
            if (glosses.Any(phrase => Contiguous(hintTokens, phrase)))
            {
                best = Math.Max(best, 0.8);
            }

            // One that writes it with the numbers the description quotes ("Нулгивун, 1 инэӈи", not "Нулгивун, 3 инэӈи")
            // names it as its own name would.
            if (field.NumberedGlossPhrases.Any(phrase => Contiguous(hintTokens, phrase)))
            {
                best = Math.Max(best, 1.0);
            }

            // A word written with a hyphen is also the word without it ("Wi-Fi" for wifi, "E-mail" for email).
            if (Hyphenated().IsMatch(hint))
            {
                best = Math.Max(best, NameScore(fieldTokens, Tokens(Hyphenated().Replace(hint, "").ToLowerInvariant())));
            }
            if (taskWords is { Count: > 0 })
            {
                best = Math.Max(best, 0.9 * NameScore(taskWords, hintTokens));
            }

            // A hint the description covers ("km²" for "surface area in km²", "location" for "area or town") names the
            // field; one it covers in part, less.
            var hintWords = hintTokens.Where(t => !t.All(char.IsDigit)).ToList();
            var covered = hintWords.Count(h => described.Contains(h) || described.Any(d => Related(d, h)));
            if (described.Count > 0 && covered > 0)
            {
                best = Math.Max(best, 0.6 * covered / hintWords.Count);
            }
        }

        // A value only an email, URL or date could be is a weak hint by itself; a date, one more beside a name (a
        // date labelled by a word of the description's is likelier than a date beside it unlabelled).
        if (field.Type is "date" or "date-time")
        {
            best = 1 - (1 - best) * (1 - 0.4);
        }
        else if (field.Type is "email" or "url")
        {
            best = Math.Max(best, 0.4);
        }

        return best;
    }

    /// <summary>
    /// Whether one of a place's word hints writes the words of a label the description quotes with its numbers, but
    /// with other numbers ("📅 شُو نمائش ۲۰۲۶" where it quotes "📅 شُو نمائش ۲۰۲۷"): last year's, the other size.
    /// </summary>
    public static bool QuotedWithOtherNumbers(RecordField field, IEnumerable<string> wordHints)
    {
        var numbered = field.NumberedGlossPhrases;
        if (numbered.Count == 0)
        {
            return false;
        }

        var hints = wordHints.Select(Tokens).ToList();
        bool Letters(string w) => !w.All(char.IsDigit);
        return !hints.Any(h => numbered.Any(p => Contiguous(h, p)))
            && hints.Any(h => numbered.Any(p => h.Any(w => w.All(char.IsDigit)) && Contiguous([.. h.Where(Letters)], [.. p.Where(Letters)])));
    }

    private static bool Contiguous(IReadOnlyList<string> words, IReadOnlyList<string> phrase) =>
        Enumerable.Range(0, Math.Max(0, words.Count - phrase.Count + 1)).Any(i => phrase.Select((w, j) => words[i + j] == w).All(same => same));

    /// <summary>How well the words of a name match the words of a hint (see <see cref="Score"/>).</summary>
    public static double NameScore(IReadOnlyList<string> field, IReadOnlyList<string> hint, bool bySound = true)
    {
        if (hint.Count == 0 || field.Count == 0)
        {
            return 0;
        }

        if (field.SequenceEqual(hint))
        {
            return 1;
        }

        if (field.All(hint.Contains))
        {
            return Math.Max(0.8, 0.9 - (0.02 * (hint.Count - field.Count)));
        }

        if (field.All(f => hint.Contains(f) || hint.Any(h => Related(f, h)) || Phrased(f, hint)))
        {
            return 0.8;
        }

        if (hint.All(field.Contains))
        {
            return 0.75;
        }

        if (hint.Count <= 2 && hint.Any(h => field.Any(f => Abbreviates(h, f))))
        {
            return 0.7;
        }

        // All the words that tell the field apart, less the kind of value it is ("prochaine session d'examen" for
        // nextExamDate), name it nearly as well as all its words.
        var telling = field.Where(f => !KindWords.Contains(f)).ToList();
        if (telling.Count >= 2 && telling.Count < field.Count && telling.All(f => hint.Contains(f) || hint.Any(h => Related(f, h)) || Phrased(f, hint)))
        {
            return 0.7;
        }

        return field.Any(f => hint.Contains(f) || hint.Any(h => Related(f, h) || Compounds(f, h) || Kin(f, h) || (bySound && Sounds.Alike(f, h)))) ? 0.5 : 0;
    }

    /// <summary>Words that say what kind of value a field holds, not which one (the date of nextExamDate).</summary>
    private static readonly HashSet<string> KindWords = ["date", "time", "price", "amount", "number", "count", "value"];

    /// <summary>
    /// The same word with another ending, as a language the lexicon lacks writes it ("telephonum" for telephone):
    /// seven letters or more in common from the start, and at most three more or fewer after them.
    /// </summary>
    private static bool Kin(string fieldWord, string word) =>
        word.Length >= 7 && (Synonyms.TryGetValue(fieldWord, out var group) ? group.Append(fieldWord) : [fieldWord])
            .Any(w => w.Length >= 7 && Math.Abs(w.Length - word.Length) <= 3 && w.AsSpan().CommonPrefixLength(word) >= Math.Max(7, Math.Min(w.Length, word.Length) - 3));

    /// <summary>Whether the hint holds, word for word, a label of several words for the field word's concept.</summary>
    private static bool Phrased(string fieldWord, IReadOnlyList<string> hint) =>
        Phrases.TryGetValue(fieldWord, out var phrases) && phrases.Any(phrase =>
            Enumerable.Range(0, Math.Max(0, hint.Count - phrase.Length + 1)).Any(start => hint.Skip(start).Take(phrase.Length).SequenceEqual(phrase)));

    /// <summary>A compound word that begins with the field's word ("Registernummer" for register number).</summary>
    private static bool Compounds(string fieldWord, string word) =>
        fieldWord.Length >= 5 && word.Length >= fieldWord.Length + 3 && word.StartsWith(fieldWord, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="word"/> is a synonym of the field word <paramref name="fieldWord"/>, or the same word
    /// in the other English spelling (licence and license, colour and color, centre and center, catalogue and catalog).
    /// </summary>
    public static bool Related(string fieldWord, string word) =>
        (Synonyms.TryGetValue(fieldWord, out var group) && (group.Contains(word) || (Parts.TryGetValue(fieldWord, out var parts) && parts.Any(p => Holds(word, p)))))
        || (fieldWord != word && American(fieldWord) == American(word));

    /// <summary>
    /// Synonyms found inside a longer word: in scripts written without spaces ("區" in "行政區", "料金" in "利用料金")
    /// and at the end of a compound of six letters or more ("sprache" in "Unterrichtssprache").
    /// </summary>
    private static readonly Dictionary<string, string[]> Parts = Synonyms.ToDictionary(
        entry => entry.Key,
        entry => entry.Value.Where(w => Unspaced(w) || w.Length >= 6).ToArray(),
        StringComparer.Ordinal);

    private static bool Holds(string word, string part) =>
        word.Length > part.Length && (Unspaced(part) ? word.Contains(part, StringComparison.Ordinal) : word.Length >= part.Length + 3 && word.EndsWith(part, StringComparison.Ordinal));

    /// <summary>Chinese, Japanese, Korean and Thai: a label's words are not spaced.</summary>
    private static bool Unspaced(string word) => word.Length > 0 && UnspacedScript().IsMatch(word[..1]);

    private static string American(string word) => BritishEnding().Replace(word, m => m.Value switch
    {
        "ise" or "yse" => m.Value[0] + "ze",
        "tre" => "ter",
        "our" => "or",
        "ence" => "ense",
        _ => "og",
    });

    /// <summary>qty for quantity, amt for amount, cust for customer, pc for postcode: same first letter, the rest in order.</summary>
    private static bool Abbreviates(string shortWord, string word)
    {
        if (shortWord.Length < 2 || shortWord.Length > 4 || word.Length < shortWord.Length + 2 || shortWord[0] != word[0] || !shortWord.All(char.IsLetter))
        {
            return false;
        }

        var at = 0;
        foreach (var c in word)
        {
            if (at < shortWord.Length && c == shortWord[at])
            {
                at++;
            }
        }

        return at == shortWord.Length;
    }

    private static double RoleScore(IReadOnlyList<string> field, string role, string read)
    {
        if (read != "text" && read != "heading" && !read.StartsWith("line:", StringComparison.Ordinal) && !read.StartsWith("part:", StringComparison.Ordinal))
        {
            return 0;
        }

        bool Is(string word) => field.Any(f => f == word || Related(f, word));
        return role switch
        {
            "section" when Is("department") => 0.6,
            "h1" when Is("name") || field.Contains("model") => 0.75,
            "heading" when Is("name") => 0.45,
            "link" when Is("name") => 0.42,
            "date" when Is("date") => 0.45,
            "address" when Is("location") => 0.45,
            "town" when Is("location") => 0.6,
            "region" when field.Any(RegionWords.Contains) => 0.6,
            "emphasis" when Is("name") => 0.35,
            "record" when Is("name") => 0.3,
            _ => 0,
        };
    }

    private static Dictionary<string, HashSet<string>> BuildSynonyms()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        // The lexicon's label words, one word each (the words of "start date" are matched one by one anyway).
        var labels = Lexicon.Labels.Select(concept => concept.Value.Select(Tokens).Where(t => t.Count == 1).Select(t => t[0]).Prepend(concept.Key).ToArray());
        foreach (var group in SynonymGroups.Concat(labels))
        {
            foreach (var word in group)
            {
                if (!map.TryGetValue(word, out var set))
                {
                    map[word] = set = [];
                }

                set.UnionWith(group);
            }
        }

        return map;
    }

    private static Dictionary<string, string[][]> BuildPhrases()
    {
        var map = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var concept in Lexicon.Labels)
        {
            var labels = concept.Value.Select(Tokens).ToList();
            var phrases = labels.Where(t => t.Count > 1).Select(t => t.ToArray()).ToList();
            if (phrases.Count == 0)
            {
                continue;
            }

            foreach (var word in labels.Where(t => t.Count == 1).Select(t => t[0]).Concat(Tokens(concept.Key)).Distinct())
            {
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = [];
                }

                list.AddRange(phrases);
            }
        }

        return map.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<=\p{L}{3})(ise|yse|tre|ogue|our|ence)(?=(d|s|r)?$)")]
    private static partial Regex BritishEnding();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}\p{IsThai}]")]
    private static partial Regex UnspacedScript();

    // A word's letters with the vowel signs and marks written with them (Devanagari, Bengali, Thai, Khmer …).
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*|\p{N}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})")]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"(\p{Ll}|\p{N})(\p{Lu})")]
    private static partial Regex CamelBoundary();

    /// <summary>An English possessive's "'s" ("the seller's name"): no word of its own, which would match a class "s".</summary>
    [GeneratedRegex(@"(?<=\p{L})['’]s\b")]
    private static partial Regex Possessive();
}
