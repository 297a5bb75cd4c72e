using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Benchmarks;

/// <summary>
/// The planner on its corpus, the tuning set and the held-out set apart (the held-out sites were written before the
/// planner work and are never tuned on): per site, precision/recall/F1 of the planned script replayed from a fresh
/// context, the median planning time (open the start page, survey, bind, write) and the refusals on the sites built
/// to be ambiguous. Goals: held-out mean F1 ≥ 0.9 and min ≥ 0.8, planning &lt; 2 s per page, no silent wrong answer.
/// </summary>
internal static class PlannerCorpus
{
    /// <param name="sets">Which sets to run: tuning, holdout, or both when empty.</param>
    /// <param name="only">Only these sites (all when null).</param>
    /// <param name="show">Print each planned script, what its replay returned and what it logged.</param>
    public static async Task PrintAsync(int planRuns, IReadOnlyCollection<string> sets, IReadOnlyCollection<string>? only = null, bool show = false)
    {
        await using var runner = await CorpusRunner.StartAsync();
        var corpus = CorpusSite.Load().Where(s => only is null || only.Contains(s.Name)).ToList();
        Console.WriteLine($"Planner (model \"none\") on the corpus: {corpus.Count} sites, planning time = median of {planRuns} plans");
        if (sets.Count == 0 || sets.Contains(CorpusSets.Tuning))
        {
            await PrintSetAsync(runner, "Tuning set (the planner is improved on these)", [.. corpus.Where(s => !s.HeldOut)], planRuns, show);
        }

        if (sets.Count == 0 || sets.Contains(CorpusSets.Holdout))
        {
            foreach (var round in corpus.Where(s => s.HeldOut).GroupBy(s => s.Round).OrderBy(g => g.Key))
            {
                await PrintSetAsync(runner, $"Held-out set, round {round.Key} (written before the planner work it measures; reported, never tuned on)", [.. round], planRuns, show);
            }
        }
    }

    /// <summary>How the plan works: the kind of work, or the pagination of a list.</summary>
    private static string Method(Planner.PlanResult plan) => plan.Kind is "list" ? plan.Pagination ?? "none" : plan.Kind ?? "-";

    private static async Task PrintSetAsync(CorpusRunner runner, string title, IReadOnlyList<CorpusSite> sites, int planRuns, bool show)
    {
        if (sites.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"{title}: {sites.Count} sites");
        Console.WriteLine($"  {"site",-20} {"kind",-8} {"how",-10} {"expected",8} {"got",5} {"P",6} {"R",6} {"F1",6} {"plan ms",8} {"pages",5} {"replay ms",10}");
        var f1 = new List<double>();
        var planMs = new List<double>();
        foreach (var site in sites)
        {
            var outcomes = new List<CorpusOutcome>();
            for (var i = 0; i < planRuns; i++)
            {
                outcomes.Add(await runner.RunAsync(site));
            }

            var median = outcomes.Select(o => o.Plan.Elapsed.TotalMilliseconds).Order().ElementAt(planRuns / 2);
            planMs.Add(median / Math.Max(1, outcomes[^1].Plan.PagesRead));
            var last = outcomes[^1];
            if (show)
            {
                Console.WriteLine(last.Plan.Code ?? "(no script)");
                Console.WriteLine(last.Replay?.Value?.ToJsonString() ?? "(no replay)");
                foreach (var line in last.Replay?.Logs ?? [])
                {
                    Console.WriteLine("  log: " + line);
                }
            }

            if (site.ExpectDecline is not null)
            {
                var refused = last.Plan.Code is null && site.ExpectDecline.All(w => last.Plan.Declined!.Contains(w, StringComparison.Ordinal));
                var verdict = refused ? "refused ✓" : last.Plan.Code is null ? "refused, not naming all of: " + string.Join(", ", site.ExpectDecline) : "ANSWERED ✗";
                Console.WriteLine($"  {site.Name,-20} {site.Kind,-8} {"-",-10} {"refuse",8} {verdict,-26} {median,8:0}");
                Console.WriteLine($"      {last.Plan.Declined ?? "(no refusal)"}");
                f1.Add(refused ? 1 : 0);
                continue;
            }

            if (last.Score is not { } score)
            {
                Console.WriteLine($"  {site.Name,-20} {site.Kind,-8} {"declined",-10} {"",36} {median,8:0}");
                Console.WriteLine($"      {last.Plan.Declined ?? last.Replay?.Error?.ToString()}");
                f1.Add(0);
                continue;
            }

            f1.Add(score.F1);
            Console.WriteLine($"  {site.Name,-20} {site.Kind,-8} {Method(last.Plan),-10} {score.Expected,8} {score.Extracted,5} {score.Precision,6:0.00} {score.Recall,6:0.00} {score.F1,6:0.00} {median,8:0} {last.Plan.PagesRead,5} {last.ReplayTime.TotalMilliseconds,10:0}");
            if (last.Replay?.Error is { } error)
            {
                Console.WriteLine($"      replay failed: {error}");
            }
        }

        Console.WriteLine($"  mean F1 {f1.Average():0.000}   min F1 {f1.Min():0.00}   (a refusal scores 1 where one is right, an answer there 0; a wrong refusal 0)");
        Console.WriteLine($"  planning per page read (start page, results page, sample detail pages): median {planMs.Order().ElementAt(planMs.Count / 2):0} ms, max {planMs.Max():0} ms  (goal < 2000 ms)");
    }
}
