using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Browser;
using WebTasks.Core.Options;
using WebTasks.Planner.Planning;

namespace WebTasks.Planner;

/// <param name="Parameters">The run's parameters: a search form on the start page is filled from them (the planned script reads them from <c>params</c>).</param>
/// <param name="StorageState">The run's auth session (Playwright storage state), so the planner reads the page logged in.</param>
public sealed record PlanRequest(string Task, string? StartUrl, JsonObject? OutputSchema, string? Proxy, JsonObject? Parameters = null, string? StorageState = null);

/// <summary>A planned script (<see cref="Code"/>), or why the planner declined (<see cref="Declined"/>).</summary>
/// <param name="Kind">list, object, details or files (with "+search" when a form is filled first).</param>
/// <param name="PagesRead">Pages the planner loaded or fetched (the start page, a results page, sample detail pages).</param>
public sealed record PlanResult(string? Code, string? Declined, string? Kind, string? Pagination, int PagesRead, TimeSpan Elapsed);

/// <summary>
/// Writes a script from a page's structure and the output schema, with no model: loads the start page in a fresh
/// context (filling and submitting a search form from the run's parameters when the task has them), surveys it,
/// binds the schema's fields by evidence, and writes a script for the kind of work: records across pages, one
/// object, records whose fields are on their own pages, or files to download. Verifying the script (a replay from a
/// fresh context) is the caller's job, as for the agent.
/// </summary>
public sealed partial class ScriptPlanner(BrowserHost browsers, IOptions<WebTasksOptions> options, ILogger<ScriptPlanner> logger)
{
    private static readonly JsonSerializerOptions SurveyJson = new(JsonSerializerDefaults.Web);

    /// <summary>Detail pages the planner reads to learn where their fields are.</summary>
    private const int DetailSamples = 3;

    /// <summary>What "download every file" means when the task names no kind.</summary>
    public async Task<PlanResult> PlanAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var pages = 0;
        var kind = (string?)null;
        PlanResult Declined(string reason) => new(null, reason, kind, null, pages, clock.Elapsed);

        if (request.OutputSchema is null)
        {
            return Declined("The planner (model \"none\") needs an outputSchema describing what to extract; none was given or saved with the key.");
        }

        if (request.StartUrl is null)
        {
            return Declined("The planner (model \"none\") needs a startUrl: it plans from the page it finds there.");
        }

        var (shape, problem) = RecordShape.Read(request.OutputSchema);
        if (shape is null)
        {
            return Declined(problem!);
        }

        // "The title (without the quotation marks)": the task says how it wants a field written.
        var said = TaskWords.Asides(request.Task, shape.Fields);
        shape = shape with { Fields = [.. shape.Fields.Select(f => f with { Unquoted = f.LeftOutWords.Concat(said.GetValueOrDefault(f.Name, [])).Any(RecordField.QuoteWords.Contains) })] };

        var settings = options.Value;
        await using var run = await browsers.OpenAsync(new RunBrowserOptions(request.Proxy, Trace: TraceDetail.None, settings.Browser.ActionTimeout, request.StorageState), cancellationToken);
        var blocked = await run.CheckAsync(new Uri(request.StartUrl), cancellationToken);
        if (blocked is not null)
        {
            return Declined($"The planner cannot open {request.StartUrl}: {blocked}.");
        }

        var page = run.Page;

        // Gathered on the blank page, before any site's scripts run: a site that changed Intl must not skew the names
        // every later plan on this host reads dates with.
        _intlNames ??= await page.EvaluateAsync<string>(IntlNamesCall).WaitAsync(cancellationToken);
        try
        {
            await page.AddInitScriptAsync(ScriptWriter.QuietWatch).WaitAsync(cancellationToken);
            await page.GotoAsync(request.StartUrl).WaitAsync(cancellationToken);
            pages++;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return Declined($"The planner could not load {request.StartUrl}: {ex.Message.Split('\n')[0]}");
        }

        await SettleAsync(page, settings.Planner.SettleTime, cancellationToken);
        var language = await page.EvaluateAsync<string>("() => (document.documentElement.lang || '').split(/[-_]/)[0].toLowerCase()").WaitAsync(cancellationToken);
        var plan = new ScriptPlan(shape, request.Task, request.StartUrl) { MaxPages = settings.Planner.MaxPages, RevealWait = settings.Planner.RevealWait, Language = language };
        if (shape.Output == OutputKind.Files)
        {
            kind = "files";
            // A part that names no kind of file beside parts that do is of the one kind its words pick on the page.
            var task = request.Task;
            var (extensions, named) = FileFilter.Kinds(task);
            IReadOnlyList<LinkContext>? documents = null;
            while (named && FileFilter.KindlessPart(task) is { } kindless)
            {
                documents ??= (await SurveyAsync<FileSurvey>(page, new { op = "files", extensions = FileFilter.DocumentExtensions }, cancellationToken)).Links;
                var kinded = FileFilter.KindOf(kindless, task, documents) is { } kindOf ? FileFilter.WithKind(task, kindless, kindOf) : task;
                if (kinded == task)
                {
                    return Declined($"The task names the kind of file ({string.Join(" or ", extensions.Select(e => "." + e))}) for some of what it asks, but not for '{kindless}', and its words pick files of several kinds or none: it does not guess which kind those are. Say it (\"… as PDFs\"), or save a script yourself.");
                }

                task = kinded;
                (extensions, named) = FileFilter.Kinds(task);
            }

            var links = (await SurveyAsync<FileSurvey>(page, new { op = "files", extensions }, cancellationToken)).Links;
            var kindNames = string.Join(" or ", extensions.Select(e => "." + e));
            if (links.Count == 0)
            {
                return Declined($"The planner found no links to {kindNames} files on {request.StartUrl}.");
            }

            if (FileFilter.Unnamed(task, links) is { Count: > 0 } unnamed)
            {
                return Declined($"The task asks for {string.Join(", ", unnamed.Select(p => $"'{p}'"))}, but no link to {kindNames} files on {request.StartUrl} says so in any of those words: which files they are is a guess. It does not guess: name them as the page does, or save a script yourself.");
            }

            var picked = FileFilter.ChooseParts(task, links) ?? FileFilter.Choose(task, extensions, links, named);
            var kept = FileFilter.Kept(picked, links);
            if (kept.Count == 0)
            {
                return Declined($"The planner found {links.Select(l => l.Href).Distinct().Count()} links to {kindNames} files on {request.StartUrl}, but the task's words ({string.Join(", ", picked.Terms.Select(t => (t.Keep ? "" : "not ") + t.Word))}) leave none of them.");
            }

            if (FileFilter.NumberedOtherwise(task, kept, links) is { } numbered)
            {
                return Declined($"The task picks files by their numbers, and {numbered} is numbered otherwise: the planner tells files apart by their words and years, not by a number among others in a name. It does not guess: name them as the page does, or save a script yourself.");
            }

            // Something to leave out that no link names, not to be told apart from the files of other kinds, and files
            // under different headings or of different families that it may mean: which of them it means is a guess.
            var everyLink = picked.Unplaced.Count > 0
                ? (await SurveyAsync<FileSurvey>(page, new { op = "files", extensions = FileFilter.LinkedExtensions }, cancellationToken)).Links
                : [];
            picked = picked with { Unplaced = [.. picked.Unplaced.Intersect(FileFilter.Unplaced(task, everyLink))] };
            var onPage = everyLink.Except(FileFilter.Placing(task, everyLink)).Select(l => l.Href).Distinct().ToList();
            var leaveOut = picked.Unplaced.Count == 0 ? null
                : $"The task says to leave out {string.Join(", ", picked.Unplaced.Select(p => $"'{p}'"))}, but no link on {request.StartUrl} says so in those words";
            if (leaveOut is not null && kept.Count > 1 && !FileFilter.Picks(picked))
            {
                // Only what it leaves out picked the files: any kept one may be a thing it leaves out in words the page does not use.
                return Declined($"{leaveOut}, and none of the words it asks with tells the page's files apart: the {kept.Count} files kept are all it does not rule out, any of which may be one it means to leave out. It does not guess: name them as the page does, or save a script yourself.");
            }

            if (leaveOut is not null && kept.Count > 1 && FileFilter.KeepsForAnyWord(picked))
            {
                // A file kept for one word of one thing asked may be a thing it leaves out that the page names otherwise.
                return Declined($"{leaveOut}, and no file carries all the words it asks with ({string.Join(", ", FileFilter.KeptFor(picked))}): the {kept.Count} files kept have any one of them, and any of those may be one it means to leave out. It does not guess: name them as the page does, or save a script yourself.");
            }

            if (leaveOut is not null && FileFilter.Unexplained(picked, onPage, task))
            {
                // Each part of the task may well pick its files under a heading of its own.
                var spread = FileFilter.KeptByPart(picked, links)
                    .Select(part => (Files: part.Count, Sections: links.Where(l => part.Contains(l.Href)).Select(l => l.Section.Trim()).Distinct().Count()))
                    .FirstOrDefault(part => part.Sections > 1);
                if (spread.Sections > 1)
                {
                    return Declined($"{leaveOut}, and the {spread.Files} files its other words pick come under {spread.Sections} different headings. It does not guess: name them as the page does, or save a script yourself.");
                }

                if (FileFilter.Guesses(picked, kept, onPage, task))
                {
                    return Declined($"{leaveOut}, and the {kept.Count} files its other words pick are named in different ways ({string.Join(", ", FileFilter.Families(kept).Select(f => $"'{f}…'"))}), any of which may be what it means. It does not guess: name them as the page does, or save a script yourself.");
                }
            }

            return Planned(plan with { FileExtensions = extensions, Files = picked, FilesFound = kept.Count }, kind, null, pages, clock, kept.Count + " links");
        }

        if (request.Parameters is { Count: > 0 } parameters)
        {
            var forms = await SurveyAsync<FormSurvey>(page, new { op = "forms" }, cancellationToken);
            var (search, decline) = FormMatcher.Match(parameters, forms);
            if (decline is not null)
            {
                return Declined(decline);
            }

            if (search is not null)
            {
                var failure = await SubmitAsync(page, search, parameters, settings.Planner.SettleTime, cancellationToken);
                if (failure is not null)
                {
                    return Declined(failure);
                }

                pages++;
                plan = plan with { Search = search };
            }
        }

        var searched = plan.Search is null ? "" : "+search";
        var fields = shape.Fields.Select(FieldInput).ToArray();
        if (shape.Output == OutputKind.Object)
        {
            kind = "object" + searched;
            var pageSurvey = await SurveyAsync<PageSurvey>(page, new { op = "page", fields, maxSamples = 1, maxCandidates = 0 }, cancellationToken);
            var (single, refusal) = PlanChooser.ChooseObject(shape, pageSurvey, request.Task);
            return single is null ? Declined(refusal!) : Planned(plan with { Choice = single }, kind, null, pages, clock, "the page");
        }

        kind = "list" + searched;
        var survey = await SurveyAsync<Survey>(page, new { op = "records", fields, maxSamples = settings.Planner.SampleRecords, maxCandidates = settings.Planner.MaxCandidates }, cancellationToken);
        var (choice, declined) = PlanChooser.Choose(shape, survey, request.Task);
        DetailPlan? details = null;
        if (choice is null)
        {
            // The fields may be on each record's own page: follow the records' links and read them there.
            var followed = await FollowRecordsAsync(page, shape, survey, fields, request.Task, cancellationToken);
            pages += followed.PagesRead;
            if (followed.Choice is null)
            {
                return Declined(followed.Decline ?? declined!);
            }

            (choice, details, kind) = (followed.Choice, followed.Details, "details" + searched);
        }

        var records = choice.Candidate.Selector.Split(" >>> ")[^1];
        string? button = null;
        var pagination = survey.Paging switch
        {
            { Next: not null } => PaginationKinds.Next,
            { Numbered: true } => PaginationKinds.Numbered,
            { LoadMore: true } => PaginationKinds.LoadMore,
            _ when await GrowsOnScrollAsync(page, records, settings.Planner.RevealWait, cancellationToken) => PaginationKinds.Scroll,
            _ when (button = await LoadsMoreOnClickAsync(page, records, settings.Planner.RevealWait, cancellationToken)) is not null => PaginationKinds.LoadMore,
            _ => PaginationKinds.None,
        };
        return Planned(plan with { Choice = choice, Details = details, Pagination = pagination, LoadMoreButton = button }, kind, pagination, pages, clock, $"{choice.Candidate.Selector} ({choice.Candidate.Count} records, {choice.Bindings.Count} fields)");
    }

    private PlanResult Planned(ScriptPlan plan, string kind, string? pagination, int pages, Stopwatch clock, string what)
    {
        var code = ScriptWriter.Write(plan);
        logger.LogInformation("Planned {Kind} from {What} (pagination {Pagination}) on {Url} in {Elapsed} ms, {Pages} pages read", kind, what, pagination ?? "none", plan.StartUrl, clock.ElapsedMilliseconds, pages);
        return new PlanResult(code, null, kind, pagination, pages, clock.Elapsed);
    }

    private sealed record Followed(Choice? Choice, DetailPlan? Details, string? Decline, int PagesRead);

    /// <summary>Links to pages of the same site (not to its files).</summary>
    private static bool LinksToPage(SurveySource source) =>
        source.Read == "attr:href" && source.Traits.Local >= 0.9 && !source.Sample.Any(FileFilter.IsDocument);

    /// <summary>
    /// Records whose fields are on their own pages: for the largest structures whose records each link to a page of
    /// their own on the site, reads a few of those pages and binds the fields there (and in the list) together. A
    /// binding that is complete but for a tie declines (naming the tie) rather than trying another structure.
    /// </summary>
    private async Task<Followed> FollowRecordsAsync(IPage page, RecordShape shape, Survey survey, object[] fields, string task, CancellationToken cancellationToken)
    {
        var pagesRead = 0;
        string? missing = null;
        var linked = survey.Candidates
            // A link of each record's own, though one may be repeated (a featured record linked again at the end).
            .Select(c => (Candidate: c, Link: c.Sources.Where(s => s.Read == "attr:href" && s.Traits.Local >= 0.9 && s.Distinct >= 0.8 * c.Sampled && s.Present >= 0.9).MinBy(s => s.Order)))
            .Where(c => c.Link is not null && c.Candidate.Count >= 2)
            .OrderByDescending(c => c.Candidate.Count)
            .Take(2);
        foreach (var (candidate, link) in linked)
        {
            var all = await page.EvaluateAsync<string[]>(
                $"(input) => {{ {ScriptWriter.Extraction}\n return deepAll(input.records).map(r => toValue(readSource(r, input.link), 'url', true)).filter(Boolean); }}",
                new { records = candidate.Selector, link = new { sel = link!.Sel, read = link.Read } }).WaitAsync(cancellationToken);
            var step = Math.Max(1, all.Length / DetailSamples);
            var urls = all.Where((_, i) => i % step == 0).Take(DetailSamples).ToArray();
            var documents = await SurveyAsync<DocumentSurvey>(page, new { op = "documents", fields, links = urls, records = all }, cancellationToken);
            pagesRead += documents.Pages;
            if (documents.Pages == 0)
            {
                continue;
            }

            // A field the record's own page has is read there (where it is written in full); the list serves the rest.
            // The record's own page is the link followed to it: the pages its page links to are other records' or the site's.
            var combined = candidate with
            {
                Sources = [.. candidate.Sources, .. documents.Sources.Where(s => !LinksToPage(s)).Select(s => s with { Detail = true, Order = s.Order + DetailOrder })],
            };
            // A field is read on the record's own page where that page has it; what is the same on every such page
            // (the site's own links, its name) belongs to the site, not to the record.
            var bound = PlanChooser.Bind(shape.Fields, combined, TaskWords.Aliases(task, shape.Fields), s => s.Detail && !(s.Distinct == 1 && s.Seen >= 3));
            if (bound.Missing.Count == 0 && bound.Ambiguous.Count > 0)
            {
                return new Followed(null, null, PlanChooser.AmbiguityMessage(bound, $"in the records '{candidate.Selector}' and their own pages"), pagesRead);
            }

            if (bound.Complete && bound.Bindings.Any(b => b.Source.Detail))
            {
                return new Followed(new Choice(candidate, bound.Bindings, bound.LeftOut, bound.Score), new DetailPlan(link, documents.Pages), null, pagesRead);
            }

            // What the largest structure still lacks with its records' own pages read says more than the list alone.
            missing ??= bound.Missing.Count > 0 ? PlanChooser.MissingMessage(bound, $"Reading the records '{candidate.Selector}' ({candidate.Count}) and {documents.Pages} of their own pages, the planner") : null;
        }

        return new Followed(null, null, missing, pagesRead);
    }

    /// <summary>Detail pages' sources come after the list's in the page order the binding compares with the schema's.</summary>
    private const int DetailOrder = 1_000_000;

    /// <summary>Fills and submits the search form as the script will, with this run's parameter values; null when the results page loaded.</summary>
    private static async Task<string?> SubmitAsync(IPage page, SearchPlan search, JsonObject parameters, TimeSpan settle, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var step in search.Fill)
            {
                var node = parameters[step.Param]!;
                var value = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
                var picks = step.Action is "select" or "choose";
                var option = picks ? FormMatcher.OptionFor(step.Control.Options, value, step.By) : null;
                if (picks && option is null)
                {
                    return $"The planner could not fill the search form on the start page: no option of {step.Control.Sel} is \"{value}\".";
                }

                await (step.Action switch
                {
                    "select" => page.SelectOptionAsync(step.Control.Sel, new SelectOptionValue { Value = option!.Value }),
                    "choose" => page.CheckAsync(FormMatcher.ButtonOf(step.Control.Sel, option!.Value)),
                    "check" => value == "true" ? page.CheckAsync(step.Control.Sel) : page.UncheckAsync(step.Control.Sel),
                    _ => page.FillAsync(step.Control.Sel, step.By is { } format ? FormMatcher.TypedDate(value, format) : value),
                }).WaitAsync(cancellationToken);
            }

            // A click does not wait for the navigation it starts: until the results page has loaded, the page is still
            // the form's (already loaded and quiet), and a busy machine would survey the form. A form that filters in
            // place starts none, and is looked at once it is quiet.
            var before = page.Url;
            var navigated = page.WaitForURLAsync(url => url != before, new PageWaitForURLOptions { Timeout = (float)settle.TotalMilliseconds });

            // Its timeout is observed even when the submit fails or the run is cancelled before it is awaited.
            _ = navigated.ContinueWith(static wait => wait.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            await (search.Submit is null ? page.PressAsync(search.Fill[^1].Control.Sel, "Enter") : page.ClickAsync(search.Submit)).WaitAsync(cancellationToken);
            try
            {
                await navigated.WaitAsync(cancellationToken);
            }
            catch (TimeoutException)
            {
                // Filtered in place.
            }

            await SettleAsync(page, settle, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Playwright's timeouts are not PlaywrightExceptions: a select whose option never appears is one.
            return $"The planner could not fill and submit the search form on the start page: {ex.Message.Split('\n')[0]}";
        }
    }

    private async Task<T> SurveyAsync<T>(IPage page, object input, CancellationToken cancellationToken)
    {
        var json = await page.EvaluateAsync<string>(SurveyCall, new { input, intl = _intlNames }).WaitAsync(cancellationToken);
        return JsonSerializer.Deserialize<T>(json, SurveyJson)!;
    }

    private static readonly string SurveyCall = $"async ({{ input, intl }}) => JSON.stringify(await ({ScriptWriter.Survey})({{ ...input, intl: JSON.parse(intl) }}))";

    private static readonly string IntlNamesCall = $"async () => JSON.stringify(await ({ScriptWriter.Survey})({{ op: 'intl' }}))";

    /// <summary>
    /// Every language's month and weekday names as this host's Chromium writes them (the survey's op 'intl'): gathered
    /// once, on the first plan's blank page, and passed to every survey after, which would otherwise gather them again for
    /// each page it reads a date or weekday on (a fifth of a second on 2 cores).
    /// </summary>
    private string? _intlNames;

    /// <summary>What the survey needs to know of a field to judge where it is read.</summary>
    private static object FieldInput(RecordField f) => new
    {
        name = f.Name,
        type = f.Type,
        words = f.MeaningWords,
        money = Evidence.IsMoney(f),
        things = f.ThingWords,
        yes = f.YesWords,
        @enum = f.Enum,
        meanings = f.Meanings.Select(m => new[] { m.Key, m.Value }),
        translations = f.EnumTranslations.Select(m => new[] { m.Key, m.Value }),
        otherwise = (object?)f.Otherwise ?? f.OtherwiseText,
        minimum = f.Minimum,
        maximum = f.Maximum,
        pattern = f.Pattern,
    };

    /// <summary>
    /// Gives scripts that fetch the content a moment to finish: until the page is quiet (quiet.js: no fetch out, no
    /// timer due within a second, the DOM unchanged for 150 ms), checked every 50 ms, and at most <paramref name="limit"/>
    /// (some pages never go quiet: polling, animations). A static page is looked at about 0.2 s after it loaded.
    /// </summary>
    private static async Task SettleAsync(IPage page, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("() => !window.__webtasksQuiet || window.__webtasksQuiet()").WaitAsync(cancellationToken))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // A navigation replaced the document mid-check: look again.
            }

            await Task.Delay(QuietPoll, cancellationToken);
        }
    }

    private static readonly TimeSpan QuietPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Infinite scroll: does scrolling to the end of a page taller than the window bring more records? A page that
    /// asks for nothing within a moment of the scroll is taken to have no more (so plain long pages cost little).
    /// </summary>
    private static async Task<bool> GrowsOnScrollAsync(IPage page, string records, TimeSpan wait, CancellationToken cancellationToken)
    {
        var tall = await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight + 50");
        if (!tall)
        {
            return false;
        }

        return await GrowsAfterAsync(page, records, () => page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)"), wait, cancellationToken);
    }

    /// <summary>
    /// A "load more" button in words the planner does not read: the first enabled button after the last record,
    /// outside forms, navigation and the records themselves, that brings more records when clicked. Its selector, or null.
    /// </summary>
    private static async Task<string?> LoadsMoreOnClickAsync(IPage page, string records, TimeSpan wait, CancellationToken cancellationToken)
    {
        var button = await page.EvaluateAsync<string?>(ButtonAfterRecords, records).WaitAsync(cancellationToken);
        return button is not null && await GrowsAfterAsync(page, records, () => page.EvaluateAsync("(sel) => document.querySelector(sel).click()", button), wait, cancellationToken)
            ? button
            : null;
    }

    private const string ButtonAfterRecords = """
        (records) => {
          const all = [...document.querySelectorAll(records)];
          const last = all[all.length - 1];
          if (!last) return null;
          const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
          const button = [...document.querySelectorAll('button, [role="button"], a[href="#"], a:not([href])')].find(el =>
            visible(el) && !el.disabled && !el.closest('form, nav, header, footer, dialog, [role="dialog"]') && !all.some(r => r.contains(el))
            && (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && el.textContent.trim().length <= 40);
          if (!button) return null;
          if (button.id) return '#' + CSS.escape(button.id);
          const steps = [];
          for (let n = button; n && n !== document.body; n = n.parentElement) {
            const step = n.tagName.toLowerCase() + [...n.classList].map(c => '.' + CSS.escape(c)).join('');
            steps.unshift(step + ':nth-of-type(' + ([...n.parentElement.children].filter(s => s.tagName === n.tagName).indexOf(n) + 1) + ')');
            if (document.querySelectorAll(step).length === 1) return [step, ...steps.slice(1)].join(' > ');
            if (n.id) return ['#' + CSS.escape(n.id), ...steps.slice(1)].join(' > ');
          }
          return 'body > ' + steps.join(' > ');
        }
        """;

    /// <summary>
    /// Whether the records grow within <paramref name="wait"/> of acting (scrolling, clicking); a page that asks for
    /// nothing within a moment is taken to have no more (so acting where nothing loads costs little).
    /// </summary>
    private static async Task<bool> GrowsAfterAsync(IPage page, string records, Func<Task> act, TimeSpan wait, CancellationToken cancellationToken)
    {
        var before = await page.Locator(records).CountAsync();
        var requests = 0;
        void Count(object? sender, IRequest request) => Interlocked.Increment(ref requests);
        page.Request += Count;
        try
        {
            await act();
            for (var waited = TimeSpan.Zero; waited < wait; waited += QuietCheck)
            {
                await Task.Delay(QuietCheck, cancellationToken);
                if (await page.Locator(records).CountAsync() > before)
                {
                    return true;
                }

                if (waited >= QuietWindow && Volatile.Read(ref requests) == 0)
                {
                    return false;
                }
            }

            return false;
        }
        finally
        {
            page.Request -= Count;
        }
    }

    private static readonly TimeSpan QuietCheck = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(400);
}
