using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Benchmarks;

/// <summary>
/// The planner on its corpus: per site, record precision/recall/F1 of the planned script replayed from a fresh
/// context, the median planning time (open the start page, survey, bind, write), and the refusals on the sites
/// built to be ambiguous. Goals: F1 ≥ 0.9, planning &lt; 2 s per page, no silent wrong answer.
/// </summary>
internal static class PlannerCorpus
{
    public static async Task PrintAsync(int planRuns)
    {
        await using var runner = await CorpusRunner.StartAsync();
        Console.WriteLine($"Planner (model \"none\") on the corpus: {CorpusSite.Load().Count(s => !s.HeldOut)} sites, planning time = median of {planRuns}");
        Console.WriteLine($"  {"site",-18} {"pagination",-10} {"expected",8} {"got",5} {"P",6} {"R",6} {"F1",6} {"plan ms",8} {"replay ms",10}");
        var f1 = new List<double>();
        var planMs = new List<double>();
        foreach (var site in CorpusSite.Load().Where(s => !s.HeldOut))
        {
            var outcomes = new List<CorpusOutcome>();
            for (var i = 0; i < planRuns; i++)
            {
                outcomes.Add(await runner.RunAsync(site));
            }

            var median = outcomes.Select(o => o.Plan.Elapsed.TotalMilliseconds).Order().ElementAt(planRuns / 2);
            planMs.Add(median);
            var last = outcomes[^1];
            if (site.ExpectDecline is not null)
            {
                var refused = last.Plan.Code is null && site.ExpectDecline.All(w => last.Plan.Declined!.Contains(w, StringComparison.Ordinal));
                Console.WriteLine($"  {site.Name,-18} {"-",-10} {"refuse",8} {(refused ? "refused ✓" : "ANSWERED ✗"),-34} {median,8:0}");
                Console.WriteLine($"      {last.Plan.Declined ?? "(no refusal)"}");
                f1.Add(refused ? 1 : 0);
                continue;
            }

            if (last.Score is not { } score)
            {
                Console.WriteLine($"  {site.Name,-18} declined: {last.Plan.Declined ?? last.Replay?.Error?.ToString()}");
                f1.Add(0);
                continue;
            }

            f1.Add(score.F1);
            Console.WriteLine($"  {site.Name,-18} {last.Plan.Pagination,-10} {score.Expected,8} {score.Extracted,5} {score.Precision,6:0.00} {score.Recall,6:0.00} {score.F1,6:0.00} {median,8:0} {last.ReplayTime.TotalMilliseconds,10:0}");
        }

        Console.WriteLine($"  mean F1 (refusals scored 1 when right) {f1.Average():0.000}   min {f1.Min():0.00}   planning: median {planMs.Order().ElementAt(planMs.Count / 2):0} ms, max {planMs.Max():0} ms  (goals: F1 ≥ 0.9, < 2000 ms)");
    }
}
