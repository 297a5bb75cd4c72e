using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Browser;
using WebTasks.Core.Options;
using WebTasks.Planner.Planning;

namespace WebTasks.Planner;

public sealed record PlanRequest(string Task, string? StartUrl, JsonObject? OutputSchema, string? Proxy);

/// <summary>A planned script (<see cref="Code"/>), or why the planner declined (<see cref="Declined"/>).</summary>
public sealed record PlanResult(string? Code, string? Declined, Survey? Survey, Choice? Choice, string? Pagination, TimeSpan Elapsed);

/// <summary>
/// Writes an extraction script from a page's structure and the output schema, with no model: loads the start page
/// in a fresh context, surveys its repeated structures, binds the schema's fields, finds how it paginates, and
/// writes the script. Verifying the script (a replay from a fresh context) is the caller's job, as for the agent.
/// </summary>
public sealed class ScriptPlanner(BrowserHost browsers, IOptions<WebTasksOptions> options, ILogger<ScriptPlanner> logger)
{
    private static readonly JsonSerializerOptions SurveyJson = new(JsonSerializerDefaults.Web);

    public async Task<PlanResult> PlanAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        PlanResult Declined(string reason, Survey? survey = null) => new(null, reason, survey, null, null, clock.Elapsed);

        if (request.OutputSchema is null)
        {
            return Declined("The planner (model \"none\") needs an outputSchema describing the records to extract; none was given or saved with the key.");
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

        var settings = options.Value;
        await using var run = await browsers.OpenAsync(new RunBrowserOptions(request.Proxy, Trace: false, settings.Browser.ActionTimeout), cancellationToken);
        var blocked = await run.CheckAsync(new Uri(request.StartUrl), cancellationToken);
        if (blocked is not null)
        {
            return Declined($"The planner cannot open {request.StartUrl}: {blocked}.");
        }

        var page = run.Page;
        try
        {
            await page.GotoAsync(request.StartUrl).WaitAsync(cancellationToken);
        }
        catch (PlaywrightException ex)
        {
            return Declined($"The planner could not load {request.StartUrl}: {ex.Message.Split('\n')[0]}");
        }

        await SettleAsync(page, settings.Planner.SettleTime, cancellationToken);
        var input = new
        {
            types = shape.Fields.Select(f => f.Type).Distinct().ToArray(),
            maxSamples = settings.Planner.SampleRecords,
            maxCandidates = settings.Planner.MaxCandidates,
        };
        var json = await page.EvaluateAsync<string>($"(input) => JSON.stringify(({ScriptWriter.Survey})(input))", input).WaitAsync(cancellationToken);
        var survey = JsonSerializer.Deserialize<Survey>(json, SurveyJson)!;
        var (choice, decline) = PlanChooser.Choose(shape, survey, request.Task);
        if (choice is null)
        {
            return Declined(decline!, survey);
        }

        var pagination = survey.Paging switch
        {
            { Next: not null } => PaginationKinds.Next,
            { Numbered: true } => PaginationKinds.Numbered,
            { LoadMore: true } => PaginationKinds.LoadMore,
            _ => await GrowsOnScrollAsync(page, choice.Candidate.Selector, settings.Planner.RevealWait, cancellationToken) ? PaginationKinds.Scroll : PaginationKinds.None,
        };

        var code = ScriptWriter.Write(choice, shape, request.Task, request.StartUrl, pagination, settings.Planner.MaxPages, settings.Planner.RevealWait);
        logger.LogInformation(
            "Planned {Records} ({Count} records, {Fields} fields, pagination {Pagination}) on {Url} in {Elapsed} ms",
            choice.Candidate.Selector, choice.Candidate.Count, choice.Bindings.Count, pagination, request.StartUrl, clock.ElapsedMilliseconds);
        return new PlanResult(code, null, survey, choice, pagination, clock.Elapsed);
    }

    /// <summary>Gives scripts that fetch the content a moment to finish (bounded: some pages never go quiet).</summary>
    private static async Task SettleAsync(IPage page, TimeSpan limit, CancellationToken cancellationToken)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = (float)limit.TotalMilliseconds }).WaitAsync(cancellationToken);
        }
        catch (TimeoutException)
        {
            // Still busy (polling, analytics): look at what is there.
        }
    }

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

        var before = await page.Locator(records).CountAsync();
        var requests = 0;
        void Count(object? sender, IRequest request) => Interlocked.Increment(ref requests);
        page.Request += Count;
        try
        {
            await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
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
