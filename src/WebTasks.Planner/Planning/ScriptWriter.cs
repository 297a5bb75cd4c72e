using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>How a planned script goes to the next page: next link, numbered links, a "load more" button, scrolling, or not at all.</summary>
public static class PaginationKinds
{
    public const string Next = "next";
    public const string Numbered = "numbered";
    public const string LoadMore = "loadMore";
    public const string Scroll = "scroll";
    public const string None = "none";
}

/// <summary>One form control filled from a run parameter: fill a text box, select an option, or tick a box.</summary>
/// <param name="By">For a select, how its option is found: "label", "value" or "words" (the one option whose text
/// holds the value); for a text box, the date format its placeholder asks for ("d.m.y"), if any.</param>
public sealed record SearchStep(string Param, FormControl Control, string Action, string? By);

/// <summary>A search form filled from the run's parameters and submitted (by a button, or Enter in the last box).</summary>
public sealed record SearchPlan(IReadOnlyList<SearchStep> Fill, string? Submit, string? SubmitText);

/// <summary>Records whose fields are on their own pages: the link to follow and how many pages the planner read.</summary>
public sealed record DetailPlan(SurveySource Link, int PagesRead);

/// <summary>Everything a planned script is written from.</summary>
public sealed record ScriptPlan(RecordShape Shape, string Task, string StartUrl)
{
    public Choice? Choice { get; init; }

    public SearchPlan? Search { get; init; }

    public DetailPlan? Details { get; init; }

    public string Pagination { get; init; } = PaginationKinds.None;

    /// <summary>The button that loads more records, when it is known by where it is rather than by its words.</summary>
    public string? LoadMoreButton { get; init; }

    public IReadOnlyList<string> FileExtensions { get; init; } = [];

    /// <summary>Words of the task that tell the wanted files apart from the others on the page.</summary>
    public FileChoice Files { get; init; } = FileChoice.Every;

    public int FilesFound { get; init; }

    public int MaxPages { get; init; } = 50;

    public TimeSpan RevealWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The page's language ("om" of lang="om-ET"), "" when it names none: the script carries only its words.</summary>
    public string Language { get; init; } = "";
}

/// <summary>
/// Turns a plan into an ordinary, readable script: a comment saying what was planned and bound where, a <c>plan</c>
/// object, a <c>main</c> for the kind of work (records, one object, detail pages, files), only the helpers it uses,
/// and the in-page reading rules.
/// </summary>
public static partial class ScriptWriter
{
    /// <summary>Detail pages fetched at once, and per call into the page.</summary>
    public const int DetailConcurrency = 4;

    public const int DetailBatch = 20;

    /// <summary>Most detail pages (or files) one run reads.</summary>
    public const int DetailPageLimit = 500;

    public const int FileLimit = 200;

    private const string FieldReading = """
        // Each field is read with `read` ('text', 'attr:<name>', 'labelled' by its label or one of its `alts`,
        // 'heading' of its section, or 'state': "on" where a control can be used, "off" where it is greyed out) from
        // the element `sel` ('' is the record itself; ' >>> ' steps into a shadow root), then typed as `type`; a yes/no
        // field may say which text means yes (`is`) or that the element's presence does (`present`).

        """;

    private static readonly JsonSerializerOptions PlanJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The words of some 150 languages (languages.js) and the reading rules (extraction.js), read once.</summary>
    private static readonly string LanguageTable = Resource("languages.js");
    private static readonly string Rules = Resource("extraction.js");

    /// <summary>The in-page reading and typing rules, shared by the survey and every planned script.</summary>
    public static string Extraction { get; } = LanguageTable + Rules;

    /// <summary>The reading rules with the words of one language only (a saved script reads one site).</summary>
    public static string ExtractionFor(string language)
    {
        // The code is the page's own text, written into the script: a code of letters only, or none.
        language = LanguageCode().IsMatch(language) ? language : "";
        // A code the table writes as another's ("    tw: 'ak',") comes with that one's words.
        var table = LanguageTable.Split('\n');
        var same = table.Select(line => SameLanguage().Match(line)).FirstOrDefault(m => m.Success && m.Groups["code"].Value == language)?.Groups["as"].Value;
        var own = table.Where(line => language.Length > 0 && (line.StartsWith($"    {language}: ", StringComparison.Ordinal) || (same is not null && line.StartsWith($"    {same}: {{", StringComparison.Ordinal)))).ToList();

        // A page in a language that names its months nowhere here (no table, no reading rule, no browser names) reads
        // them as a neighbour's ("otubre" as Aragonese): the script carries every language's months for that.
        var kin = language.Length > 0 && !own.Any(line => line.Contains(" months: ", StringComparison.Ordinal))
            && !IntlLanguages.Contains(language) && !RuleMonthLanguages.Contains(language)
            ? MonthLines.Where(m => !own.Contains(m.Line)).Select(m => m.Months)
            : [];
        return $"  // Words of the page's language ('{language}') from the planner's table of some 150: months, yes and no, \"free\", words that deny.\n"
            + "  const LANGUAGE_WORDS = {\n" + string.Concat(own.Concat(kin).Select(line => line + "\n")) + "  };\n" + Rules;
    }

    /// <summary>Each table line that names months, with those names alone as a line of their own (read once).</summary>
    private static readonly IReadOnlyList<(string Line, string Months)> MonthLines =
        [.. LanguageTable.Split('\n').Select(line => (Line: line, Match: MonthsPart().Match(line))).Where(l => l.Match.Success)
            .Select(l => (l.Line, $"    {l.Match.Groups["code"].Value}: {{ {string.Join(", ", l.Match.Groups["part"].Captures.Select(c => c.Value))} }},"))];

    /// <summary>The languages whose month names the browser knows (extraction.js's INTL_LOCALES).</summary>
    private static readonly HashSet<string> IntlLanguages = [.. IntlLocales().Match(Rules).Groups["list"].Value.Split(',').Select(code => code.Trim().Trim('\'').Split('-')[0]).Where(code => code.Length > 0)];

    /// <summary>The languages whose month names the reading rules list themselves (extraction.js's LANGUAGE_MONTHS).</summary>
    private static readonly HashSet<string> RuleMonthLanguages =
        [.. RuleMonthCodes().Matches(RuleMonths().Match(Rules).Groups["list"].Value).Select(m => m.Groups["code"].Value)];

    internal static string Survey { get; } = Resource("survey.js").Replace("  // @extraction", Extraction, StringComparison.Ordinal);

    /// <summary>Installed in the planner's page before the site's scripts: <c>window.__webtasksQuiet()</c> says whether it has gone quiet.</summary>
    internal static string QuietWatch { get; } = Resource("quiet.js");

    public static string Write(ScriptPlan p)
    {
        var kind = p.Shape.Output switch
        {
            OutputKind.Files => "files",
            OutputKind.Object => "object",
            _ => p.Details is null ? "list" : "details",
        };
        var plan = new JsonObject { ["startUrl"] = p.StartUrl };
        var summary = new StringBuilder();
        if (p.Search is { } search)
        {
            plan["search"] = SearchJson(search);
            DescribeSearch(search, summary);
        }

        if (kind == "files")
        {
            var files = FileChoiceJson(p.Files);
            files["extensions"] = new JsonArray(p.FileExtensions.Select(e => (JsonNode)e).ToArray());
            files["max"] = FileLimit;
            plan["files"] = files;
            summary.Append($"//   files: every link to a {string.Join(" or ", p.FileExtensions.Select(e => "." + e))} file, each once ({p.FilesFound} when planned), downloaded as attachments\n");
            if (p.Files.Parts.Count == 0)
            {
                DescribeFileChoice(p.Files, "//     ", summary);
            }

            foreach (var part in p.Files.Parts)
            {
                summary.Append($"//     for \"{part.Text}\": the {string.Join(" or ", part.Extensions.Select(e => "." + e))} files\n");
                DescribeFileChoice(part.Choice, "//       ", summary);
            }
        }
        else
        {
            var choice = p.Choice!;
            if (kind != "object")
            {
                plan["records"] = choice.Candidate.Selector;
                summary.Append($"//   records: '{choice.Candidate.Selector}' ({choice.Candidate.Count} on the first page)\n");
            }

            if (p.Details is { } details)
            {
                plan["link"] = new JsonObject { ["sel"] = details.Link.Sel, ["read"] = details.Link.Read };
                plan["details"] = new JsonObject { ["concurrency"] = DetailConcurrency, ["batch"] = DetailBatch, ["maxPages"] = DetailPageLimit };
                summary.Append($"//   each record's own page: {details.Link.Describe()} (planned from {details.PagesRead} of them), {DetailConcurrency} fetched at a time, at most {DetailPageLimit}\n");
            }

            plan["fields"] = FieldsJson(choice, p.Details is not null, summary);
            plan["required"] = new JsonArray(p.Shape.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray());
            foreach (var note in choice.LeftOut.Concat(p.Shape.Unsupported.Select(u => $"{u}: a type the planner does not fill; left out")))
            {
                summary.Append($"//   {note}\n");
            }
        }

        if (kind is "list" or "details")
        {
            var pagination = new JsonObject { ["kind"] = p.Pagination };
            if (p.LoadMoreButton is not null)
            {
                pagination["button"] = p.LoadMoreButton;
            }

            plan["pagination"] = pagination;
            plan["maxPages"] = p.MaxPages;
            summary.Append($"//   pagination: {Describe(p.Pagination)}{(p.LoadMoreButton is null ? "" : $" ('{p.LoadMoreButton}', which brought more records when the planner clicked it)")}, at most {p.MaxPages} pages\n");
        }

        plan["wait"] = WaitSelector(kind, p.Choice);
        plan["waitMs"] = (int)p.RevealWait.TotalMilliseconds;
        plan["wrap"] = p.Shape.Wrap;
        var parts = new List<string> { $"main-{kind}.js", "open.js" };
        if (kind is "list" or "details")
        {
            parts.Add("collect.js");
        }

        var body = string.Concat(parts.Select(Resource)) + Resource("in-page.js").Replace("__EXTRACTION__", ExtractionFor(p.Language).TrimEnd(), StringComparison.Ordinal);
        return Resource("template.js")
            .Replace("__TASK__", Comment(p.Task), StringComparison.Ordinal)
            .Replace("__URL__", Line(p.StartUrl), StringComparison.Ordinal)
            .Replace("__SUMMARY__", Line(summary.ToString().TrimEnd('\n')), StringComparison.Ordinal)
            .Replace("__READING__", kind == "files" ? "" : FieldReading, StringComparison.Ordinal)
            .Replace("__PLAN__", plan.ToJsonString(PlanJson), StringComparison.Ordinal)
            + "\n" + body;
    }

    private static JsonObject FieldsJson(Choice choice, bool details, StringBuilder summary)
    {
        var fields = new JsonObject();
        foreach (var binding in choice.Bindings)
        {
            var source = binding.Source;
            var name = binding.Field.Name;
            var field = new JsonObject { ["sel"] = source.Sel, ["read"] = source.Read };
            if (source.Label is { } label)
            {
                field["label"] = label;
            }

            if (source.Alts is { Count: > 0 } alts)
            {
                field["alts"] = new JsonArray([.. alts.Select(alt => (JsonNode)alt)]);
            }

            var (prefix, suffix) = Affixes.Stripped(binding.Field, source);
            var lead = source.Drop ?? prefix;
            var otherLeads = lead is null ? [] : OtherLeads(binding.Field, lead);
            if (lead is not null)
            {
                field["drop"] = lead;
            }

            if (otherLeads.Count > 0)
            {
                field["drops"] = new JsonArray([.. otherLeads.Select(other => (JsonNode)other)]);
            }

            if (suffix is not null)
            {
                field["cut"] = suffix;
            }

            var inner = Inner(choice.Bindings, source);
            if (inner.Count > 0)
            {
                field["without"] = new JsonArray(inner.Select(i => (JsonNode)i).ToArray());
            }

            var before = Affixes.Span(binding.Field, source, suffix);
            if ((source.Span ?? before) is { } span)
            {
                field["span"] = span;
            }

            field["type"] = binding.Field.Type;
            if (binding.Field is { Type: "string", Enum: { } options })
            {
                field["enum"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray());
                WritePairs(field, "translations", binding.Field.EnumTranslations);
            }

            WritePairs(field, "meanings", binding.Field.Meanings);

            if (binding.Field is { Type: "string", Pattern: { } pattern })
            {
                field["pattern"] = pattern;
            }

            if (binding.Field is { Type: "string", Unquoted: true })
            {
                field["unquote"] = true;
            }

            // A yes/no is read by its words; a number by the unit of time they may name ("minutes").
            if (binding.Field.Type is "boolean" or "number" or "integer")
            {
                field["words"] = new JsonArray(binding.Field.MeaningWords.Select(w => (JsonNode)w).ToArray());
            }

            // An amount of money is the one the text marks as money, where it holds other numbers too.
            if (Evidence.IsMoney(binding.Field))
            {
                field["money"] = true;
            }

            if (binding.Field.Otherwise is { } otherwise)
            {
                field["otherwise"] = otherwise;
            }
            else if (binding.Field.OtherwiseText is { } otherwiseText)
            {
                field["otherwise"] = otherwiseText;
            }

            var how = "";
            if (binding.Field.Type == "boolean")
            {
                if (source.Is.TryGetValue(name, out var texts))
                {
                    field["is"] = new JsonObject(texts.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));
                    how = $"; yes when it reads \"{texts.First(t => t.Value).Key}\", no when \"{texts.First(t => !t.Value).Key}\"";
                }
                else if (source.PresentAs.TryGetValue(name, out var present))
                {
                    field["present"] = present;
                    how = $"; {(present ? "yes" : "no")} when it is there, {(present ? "no" : "yes")} when not";
                }
            }

            if (details)
            {
                field["on"] = source.Detail ? "detail" : "list";
            }

            fields[name] = field;
            var where = details ? (source.Detail ? " on its page" : " in the list") : "";
            var example = source.Sample.Count > 0 ? $", e.g. \"{source.Sample[0]}\"" : "";
            var dropped = lead is null ? "" : $" (without the leading {string.Join(" or ", otherLeads.Prepend(lead).Select(l => $"\"{l.Trim()}\""))})";
            dropped += suffix is null ? "" : $" (without the trailing \"{suffix.Trim()}\")";
            dropped += before switch
            {
                null => "",
                "unnumbered" => " (without the record's number before it)",
                "iconless" => " (without the icon before it)",
                "hanless" => " (without the Chinese name after it)",
                _ => " (only the place before the comma, dash, slash or bracket)",
            };
            dropped += inner.Count == 0 ? "" : $" (without {string.Join(" or ", inner.Select(i => i.Replace(":scope > ", "", StringComparison.Ordinal)))}, read for another field)";
            summary.Append($"//   {name} ({binding.Field.Type}) ← {source.Describe()}{where}{dropped}{example}{how}\n");
        }

        return fields;
    }

    /// <summary>
    /// The other starts the field's description names, written as the one the planner saw is ("📍 Desa " beside "📍
    /// Kel. " for "without the 'Kel.'/'Desa' prefix"): a record may write any of them.
    /// </summary>
    private static List<string> OtherLeads(RecordField field, string lead) =>
        field.PrefixMarks.FirstOrDefault(mark => lead.Contains(mark, StringComparison.Ordinal)) is { } seen
            ? [.. field.PrefixMarks.Where(mark => mark != seen).Select(mark => lead.Replace(seen, mark, StringComparison.Ordinal))]
            : [];

    /// <summary>Page word → meaning pairs as the scripts read them (<c>[["nafta", "diesel"]]</c>), written only where there are any.</summary>
    private static void WritePairs(JsonObject field, string key, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        if (pairs.Count > 0)
        {
            field[key] = new JsonArray(pairs.Select(m => (JsonNode)new JsonArray(m.Key, m.Value)).ToArray());
        }
    }

    /// <summary>
    /// The elements inside a text source that other fields read their text from (a "NONSTOP" badge in the pharmacy's
    /// heading), as selectors from the source's element: the source's text is read without them.
    /// </summary>
    private static List<string> Inner(IReadOnlyList<FieldBinding> bindings, SurveySource source)
    {
        if (source.Read != "text" || source.Sample.Count == 0)
        {
            return [];
        }

        var outer = source.Sel.Length == 0 ? "" : source.Sel + " > ";
        return [.. bindings.Select(b => b.Source)
            .Where(o => o != source && o.Read == "text" && o.Detail == source.Detail && o.Sel.Length > outer.Length && o.Sel.StartsWith(outer, StringComparison.Ordinal)
                && !o.Sel.Contains(" >>> ", StringComparison.Ordinal) && o.Sample.Count > 0 && source.Sample[0].Length > o.Sample[0].Length && source.Sample[0].Contains(o.Sample[0], StringComparison.Ordinal))
            .Select(o => ":scope > " + o.Sel[outer.Length..].Replace(":scope > ", "", StringComparison.Ordinal))
            .Distinct()];
    }

    private static void DescribeFileChoice(FileChoice choice, string indent, StringBuilder summary)
    {
        var wanted = choice.Terms.Where(t => t.Keep).Select(t => $"\"{t.Word}\"").ToList();
        if (wanted.Count > 0)
        {
            summary.Append($"{indent}only those with {string.Join(choice.Match == FileFilter.All ? " and " : " or ", wanted)} around the link (its text, file name, row, item or heading)\n");
        }

        foreach (var term in choice.Terms.Where(t => !t.Keep))
        {
            summary.Append($"{indent}but none whose {term.Level switch { "own" => "link (text, file name, column)", "row" => "row", "item" => "item (the card or entry it is in)", _ => "heading" }} says \"{term.Word}\"\n");
        }
    }

    /// <summary>How the script picks its files: the words and whether all or any must be there.</summary>
    private static JsonObject FileChoiceJson(FileChoice choice)
    {
        var json = new JsonObject
        {
            ["terms"] = new JsonArray(choice.Terms.Select(t => (JsonNode)new JsonObject { ["word"] = t.Word, ["level"] = t.Level, ["keep"] = t.Keep }).ToArray()),
            ["match"] = choice.Match,
        };
        if (choice.Parts.Count > 0)
        {
            json["parts"] = new JsonArray(choice.Parts.Select(part =>
            {
                var own = FileChoiceJson(part.Choice);
                own["extensions"] = new JsonArray(part.Extensions.Select(e => (JsonNode)e).ToArray());
                return (JsonNode)own;
            }).ToArray());
        }

        return json;
    }

    private static JsonObject SearchJson(SearchPlan search) => new()
    {
        ["fill"] = new JsonArray(search.Fill.Select(s =>
        {
            var step = new JsonObject { ["param"] = s.Param, ["sel"] = s.Control.Sel, ["action"] = s.Action };
            if (s.By is not null)
            {
                step["by"] = s.By;
            }

            return (JsonNode)step;
        }).ToArray()),
        ["submit"] = search.Submit,
    };

    private static void DescribeSearch(SearchPlan search, StringBuilder summary)
    {
        foreach (var step in search.Fill)
        {
            var named = new[] { step.Control.Label, step.Control.Placeholder, step.Control.Aria, step.Control.Name }.FirstOrDefault(n => n.Length > 0) ?? step.Control.Sel;
            var verb = step.Action switch
            {
                "select" when step.By == "words" => "selects the one option whose text holds",
                "select" => $"selects the option with the {step.By ?? "label"} of",
                "choose" when step.By == "words" => "chooses the one radio button whose label holds",
                "choose" => $"chooses the radio button with the {step.By ?? "label"} of",
                "check" => "ticks or clears by",
                _ when step.By is not null => $"fills (a date as {step.By}) with",
                _ => "fills with",
            };
            summary.Append($"//   search: {step.Control.Sel} (\"{named}\") {verb} params.{step.Param}\n");
        }

        summary.Append(search.Submit is null ? "//   search: submitted with Enter\n" : $"//   search: submitted with {search.Submit} (\"{search.SubmitText}\")\n");
    }

    /// <summary>What the script waits for after loading a page: a record, the first field of an object, or the page.</summary>
    private static string WaitSelector(string kind, Choice? choice) => kind switch
    {
        "list" => RecordsRead(choice!),
        "details" => choice!.Candidate.Selector.Split(" >>> ")[^1],
        "object" => choice!.Bindings.Select(b => b.Source.Sel).FirstOrDefault(s => s.Length > 0)?.Split(" >>> ")[^1] ?? "body",
        _ => "body",
    };

    /// <summary>
    /// The records with an element a required field reads in every sampled record: a placeholder ("⏳ loading …") may
    /// stand where the records will be, matched by the records' selector before they come. The records alone where no
    /// such field reads an element of its own outside a shadow root, or a selector is a list.
    /// </summary>
    private static string RecordsRead(Choice choice)
    {
        var records = choice.Candidate.Selector.Split(" >>> ")[^1];
        var field = choice.Bindings.Where(b => b.Field.Required && b.Source.Present >= 1).Select(b => b.Source.Sel)
            .FirstOrDefault(s => s.Length > 0 && !s.Contains(" >>> ", StringComparison.Ordinal));
        if (field is null || records.Contains(',', StringComparison.Ordinal) || field.Contains(',', StringComparison.Ordinal))
        {
            return records;
        }

        return records + " " + (field.StartsWith(":scope", StringComparison.Ordinal) ? field[":scope".Length..].TrimStart() : field);
    }

    private static string Describe(string pagination) => pagination switch
    {
        PaginationKinds.Next => "follows the next-page link",
        PaginationKinds.Numbered => "follows the numbered page links",
        PaginationKinds.LoadMore => "clicks \"load more\" until nothing new appears",
        PaginationKinds.Scroll => "scrolls until nothing new appears",
        _ => "none (one page)",
    };

    /// <summary>User text as comment lines; line breaks of any kind cannot end the comment early.</summary>
    private static string Comment(string text)
    {
        var lines = Line(text).Split('\n').Take(12).Select(l => l.Length > 160 ? l[..160] + "…" : l);
        return string.Join("\n", lines.Select(l => "//   " + l.TrimEnd()));
    }

    private static string Line(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace('\r', '\n').Replace('\u2028', ' ').Replace('\u2029', ' ');

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebTasks.Planner.Scripts." + name)
            ?? throw new InvalidOperationException($"The planner's {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^    (?<code>[a-z]+): \{(?:.*?\b(?<part>(?:months|inDates): (?<q>['""])(?:\\.|(?!\k<q>).)*\k<q>))+")]
    private static partial Regex MonthsPart();

    [GeneratedRegex(@"const INTL_LOCALES = \[(?<list>[^\]]*)\]")]
    private static partial Regex IntlLocales();

    [GeneratedRegex(@"const LANGUAGE_MONTHS = Object\.fromEntries\(Object\.entries\(\{(?<list>.*?)\n  \}\)", RegexOptions.Singleline)]
    private static partial Regex RuleMonths();

    [GeneratedRegex(@"^    (?<code>[a-z]+): ['""]", RegexOptions.Multiline)]
    private static partial Regex RuleMonthCodes();

    [GeneratedRegex(@"^    (?<code>[a-z]+): '(?<as>[a-z]+)',$")]
    private static partial Regex SameLanguage();

    [GeneratedRegex(@"^[a-z]{2,8}$")]
    private static partial Regex LanguageCode();
}
