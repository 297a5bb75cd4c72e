using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Planner;
using WebTasks.Sites;

namespace WebTasks.Testing;

/// <summary>How the planner did on one corpus site: its plan (or refusal), the replay of the planned script, and the score.</summary>
public sealed record CorpusOutcome(CorpusSite Site, PlanResult Plan, ScriptOutcome? Replay, ExtractionScore? Score, TimeSpan ReplayTime);

/// <summary>
/// Plans each corpus site with the real planner and replays the script from a fresh context in the real sandbox,
/// as the pipeline does; shared by the planner's tests and the benchmark so both measure the same thing.
/// </summary>
public sealed class CorpusRunner : IAsyncDisposable
{
    private CorpusRunner(WebTasksOptions options, SiteServer sites)
    {
        Options = options;
        Sites = sites;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Browsers = new BrowserHost(SharedChromium.Value, new AddressGuard(wrapped), NullLogger<BrowserHost>.Instance);
        Sandbox = new ScriptSandbox(wrapped);
        Planner = new ScriptPlanner(Browsers, wrapped, NullLogger<ScriptPlanner>.Instance);
    }

    public WebTasksOptions Options { get; }

    public SiteServer Sites { get; }

    public BrowserHost Browsers { get; }

    public ScriptSandbox Sandbox { get; }

    public ScriptPlanner Planner { get; }

    /// <summary>Starts the sites and Chromium; <paramref name="planner"/> replaces the planner's defaults.</summary>
    public static async Task<CorpusRunner> StartAsync(PlannerOptions? planner = null)
    {
        var options = new WebTasksOptions
        {
            Network = new NetworkOptions { AllowedPrivateHosts = ["127.0.0.1"] },
            Browser = new BrowserOptions { Trace = TraceModes.Off, ActionTimeout = TimeSpan.FromSeconds(10) },
            Planner = planner ?? new PlannerOptions(),
        };
        var runner = new CorpusRunner(options, await SiteServer.StartAsync());
        await runner.Browsers.GetBrowserAsync(CancellationToken.None);
        return runner;
    }

    public async Task<CorpusOutcome> RunAsync(CorpusSite site, CancellationToken cancellationToken = default)
    {
        var startUrl = Sites.Url(site.StartPath);
        var plan = await Planner.PlanAsync(new PlanRequest(site.Task, startUrl, site.OutputSchema, null, site.Parameters), cancellationToken);
        if (plan.Code is null)
        {
            return new CorpusOutcome(site, plan, null, null, TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        var replay = await ReplayAsync(plan.Code, startUrl, site.Parameters, cancellationToken);
        clock.Stop();
        var score = site.Expected is null ? null : site.Score(Sites.BaseUrl, replay.Value);
        return new CorpusOutcome(site, plan, replay, score, clock.Elapsed);
    }

    /// <summary>
    /// Runs <paramref name="code"/> in a fresh context with the run's <paramref name="parameters"/> and
    /// <c>params.startUrl</c>, as a saved script runs; downloaded files are counted, not kept.
    /// </summary>
    public async Task<ScriptOutcome> ReplayAsync(string code, string startUrl, JsonObject? parameters = null, CancellationToken cancellationToken = default)
    {
        var runParameters = (JsonObject?)parameters?.DeepClone() ?? [];
        runParameters["startUrl"] = startUrl;
        await using var run = await Browsers.OpenAsync(new RunBrowserOptions(null, TraceDetail.None, Options.Browser.ActionTimeout), cancellationToken);
        return await Sandbox.RunAsync(code, runParameters, run, new CountedAttachments(), TimeSpan.FromMinutes(2), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Sites.DisposeAsync();
    }

    private sealed class CountedAttachments : IAttachmentSink
    {
        public async Task<StoredAttachment> StoreAsync(string fileName, Stream content, CancellationToken cancellationToken)
        {
            var size = 0L;
            var buffer = new byte[81920];
            for (int read; (read = await content.ReadAsync(buffer, cancellationToken)) > 0;)
            {
                size += read;
            }

            return new StoredAttachment(fileName, "application/octet-stream", size, "corpus/" + fileName);
        }
    }
}
