using System.Diagnostics;
using System.Text.Json.Nodes;
using WebTasks.Benchmarks;
using WebTasks.Core.Options;
using WebTasks.Sites;
using WebTasks.Testing;

// make bench: every figure comes from this one run, on the same local site and the same Chromium build.
// Samples of the baseline and of the API are interleaved, so both see the same state of a noisy 2-core machine.
const int Samples = 20;
const int WarmUp = 5;
const int Parallel = 10;

// `planner` or `agent` alone measures just that part (`planner tuning` or `planner holdout`: one set of the corpus;
// `sites=a,b` only those sites, `runs=N` plans per site, `show` prints each planned script and what its replay returned).
if (args.Contains("planner"))
{
    string? Option(string name) => args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
    var only = Option("sites")?.Split(',', StringSplitOptions.RemoveEmptyEntries);
    var runs = int.TryParse(Option("runs"), out var planRuns) ? planRuns : 3;
    await PlannerCorpus.PrintAsync(runs, [.. args.Where(a => a is CorpusSets.Tuning or CorpusSets.Holdout)], only, args.Contains("show"));
    return 0;
}

if (args.Contains("agent"))
{
    await AgentScenario.PrintAsync();
    return 0;
}

// `list` alone: the runs list's first page on a workspace with 10,000 runs.
if (args.Contains("list"))
{
    await RunListBench.PrintAsync();
    return 0;
}

await using var sites = await SiteServer.StartAsync();
var startUrl = sites.Url("/shop/page1.html");
var code = await File.ReadAllTextAsync(Path.Combine(SiteServer.SitesFolder(), "shop", "extract-products.js"));
Console.WriteLine($"WebTasks benchmark — {Environment.ProcessorCount} cores, {Samples} interleaved samples per figure, shop site (3 pages, 9 products)");
Console.WriteLine("The API client waits on the result with GET …/result?wait= (answered when the run completes).");
Console.WriteLine("One service runs at a time (its own Azurite), each sampled alternately with the hand-written baseline.");
Console.WriteLine();

await using var baseline = await Baseline.StartAsync();
var durable = new WebTasksOptions().Durable;
Console.WriteLine($"Durable Task (self-host defaults): {durable.PartitionCount} partitions, queue polling ≤ {durable.MaxQueuePollingInterval.TotalSeconds:0.#} s, " +
                  $"visibility timeouts {durable.VisibilityTimeout.TotalSeconds:0} s, partition leases {durable.LeaseInterval.TotalSeconds:0} s, {durable.MaxConcurrentActivities} activities per host");
Console.WriteLine();

var starts = new List<double>();
Console.WriteLine($"Sequential runs, start → result (median of {Samples})");
foreach (var (trace, label) in new[] { ("retain-on-failure", "default settings"), ("off", "trace off"), ("always", "trace always") })
{
    await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Browser:Trace"] = trace });
    using var api = service.Api();
    await api.PutCodeAsync("bench", code);
    var baselineMs = new List<double>();
    var apiMs = new List<double>();
    for (var i = 0; i < WarmUp + Samples; i++)
    {
        var keep = i >= WarmUp;
        Record(keep ? baselineMs : null, await TimeAsync(async () => Expect(9, await baseline.ExtractAsync(startUrl))));
        Record(keep ? apiMs : null, await TimeAsync(() => RunThroughApiAsync(api, "bench", startUrl, keep && trace == "retain-on-failure" ? starts : null)));
    }

    var b = Median(baselineMs);
    Console.WriteLine($"  hand-written C# Playwright              {b,8:0.0} ms   (p90 {Percentile(baselineMs, 0.9):0.0})");
    Console.WriteLine($"  saved script via API, {label,-17} {Median(apiMs),8:0.0} ms   (p90 {Percentile(apiMs, 0.9):0.0})   ratio {Median(apiMs) / b:0.00}" +
                      (trace == "retain-on-failure" ? "  (goal ≤ 1.2; trace retain-on-failure)" : ""));
}

Console.WriteLine();
Console.WriteLine($"Start endpoint (POST …/start), n={starts.Count}: p50 {Median(starts):0.0} ms, p90 {Percentile(starts, 0.9):0.0} ms  (goal p50 < 20 ms)");
Console.WriteLine();

// Throughput: 10 different-key tasks at once, 3 rounds, against the baseline at the same parallelism.
await using (var defaults = await WebTasksService.StartAsync())
{
    using var defaultApi = defaults.Api();
    for (var k = 0; k < Parallel; k++)
    {
        await defaultApi.PutCodeAsync($"tp-{k}", code);
    }

    await Task.WhenAll(Enumerable.Range(0, Parallel).Select(k => RunThroughApiAsync(defaultApi, $"tp-{k}", startUrl, null)));
    await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => baseline.ExtractAsync(startUrl)));
    var baselineRound = new List<double>();
    var apiRound = new List<double>();
    for (var round = 0; round < 3; round++)
    {
        baselineRound.Add(await TimeAsync(() => Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => baseline.ExtractAsync(startUrl)))));
        apiRound.Add(await TimeAsync(() => Task.WhenAll(Enumerable.Range(0, Parallel).Select(k => RunThroughApiAsync(defaultApi, $"tp-{k}", startUrl, null)))));
    }

    var baselinePerMinute = Parallel * baselineRound.Count / (baselineRound.Sum() / 60_000);
    var apiPerMinute = Parallel * apiRound.Count / (apiRound.Sum() / 60_000);
    Console.WriteLine($"Throughput, {Parallel} concurrent different-key tasks x {apiRound.Count} rounds");
    Console.WriteLine($"  hand-written C# Playwright              {baselinePerMinute,8:0.0} runs/min");
    Console.WriteLine($"  saved script via API, default settings  {apiPerMinute,8:0.0} runs/min   ratio {apiPerMinute / baselinePerMinute:0.00}  (goal ≥ 0.8)");
}

Console.WriteLine();
await RunListBench.PrintAsync();

if (args.Contains("api"))
{
    return 0; // `api`: the service figures alone
}

Console.WriteLine();
await PlannerCorpus.PrintAsync(planRuns: 3, []);
Console.WriteLine();
await AgentScenario.PrintAsync();
return 0;

static void Record(List<double>? into, double ms) => into?.Add(ms);

static void Expect(int expected, int actual)
{
    if (actual != expected)
    {
        throw new InvalidOperationException($"Expected {expected} products, got {actual}.");
    }
}

static async Task RunThroughApiAsync(WebTasksApi client, string key, string startUrl, List<double>? starts)
{
    var clock = Stopwatch.StartNew();
    var id = await client.StartAsync(new JsonObject { ["task"] = "Extract every product", ["startUrl"] = startUrl, ["reuseKey"] = key });
    if (starts is not null)
    {
        lock (starts)
        {
            starts.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    var result = await client.WaitAsync(id, TimeSpan.FromMinutes(2));
    if (result["outcome"]?.GetValue<string>() != "success" || result["result"]?["data"]?["products"]?.AsArray().Count != 9)
    {
        throw new InvalidOperationException("A benchmark run failed: " + result.ToJsonString());
    }
}

static async Task<double> TimeAsync(Func<Task> run)
{
    var clock = Stopwatch.StartNew();
    await run();
    return clock.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
}
