using Microsoft.Playwright;
using System.Text.Json;
using WebTasks.Browser;
using WebTasks.Planner.Planning;
using WebTasks.Testing;

namespace WebTasks.Planner.Tests.Planning;

/// <summary>
/// One page for the in-page rules' tests: a context costs a renderer process (about half a second here), so the tests
/// share one page and write a new document into it before each expression (the address stays, the document is fresh).
/// </summary>
public sealed class ExtractionPage : IAsyncLifetime
{
    private CorpusRunner _runner = null!;
    private RunBrowser _run = null!;

    /// <summary>The page's address: relative links are made absolute against it.</summary>
    public string Url => _runner.Sites.Url("/corpus/corpus.json");

    public async Task InitializeAsync()
    {
        _runner = await CorpusRunner.StartAsync();
        _run = await _runner.Browsers.OpenAsync(new RunBrowserOptions(null, TraceDetail.None, TimeSpan.FromSeconds(5)), CancellationToken.None);
        // The page is only an origin for what is evaluated later, but loading the corpus's JSON (about 1 MB) can take
        // longer than the run's 5-second action timeout while the suite's other projects start beside it; one failed
        // load here failed all 500 rules tests in a CI run.
        await _run.Page.GotoAsync(Url, new PageGotoOptions { Timeout = 60_000 });
    }

    /// <summary>The expression's value (awaited, when it is a promise) as JSON, evaluated with the extraction rules every planned script carries.</summary>
    /// <remarks>
    /// Each expression gets rules of their own, fresh as a planned script's (what they keep of a page, such as its
    /// decimal mark, is kept for one expression), made from their source kept in the page's window (a new document
    /// keeps its window): sending the rules for each of some 500 expressions took most of the tests' time.
    /// </remarks>
    public async Task<string> EvaluateAsync(string expression)
    {
        await _run.Page.SetContentAsync("<!DOCTYPE html><html><head></head><body></body></html>");
        await KeepAsync("__rulesSource", $"(() => {{ {ScriptWriter.Extraction}\n return expression => eval(expression); }})");
        return await _run.Page.EvaluateAsync<string>("async (expression) => JSON.stringify(await (0, eval)(window.__rulesSource)()('(' + expression + ')'))", expression);
    }

    /// <summary>The planner's survey (op "records" or "page") of <paramref name="html"/> for the fields given, as JSON.</summary>
    public async Task<JsonElement> SurveyAsync(string op, string html, params object[] fields)
    {
        await _run.Page.SetContentAsync(html);
        await KeepAsync("__surveySource", $"({ScriptWriter.Survey})");
        var json = await _run.Page.EvaluateAsync<string>(
            "async (input) => JSON.stringify(await (0, eval)(window.__surveySource)(input))", new { op, maxSamples = 12, maxCandidates = 8, fields });
        return JsonDocument.Parse(json).RootElement;
    }

    /// <summary>Keeps <paramref name="source"/> in the page's window as <paramref name="name"/>, unless it is there.</summary>
    private async Task KeepAsync(string name, string source)
    {
        if (!await _run.Page.EvaluateAsync<bool>($"() => typeof window.{name} === 'string'"))
        {
            await _run.Page.EvaluateAsync($"(source) => {{ window.{name} = source; }}", source);
        }
    }

    public async Task DisposeAsync()
    {
        await _run.DisposeAsync();
        await _runner.DisposeAsync();
    }
}
