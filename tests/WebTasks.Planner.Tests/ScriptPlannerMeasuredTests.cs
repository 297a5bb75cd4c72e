using WebTasks.Sites;

namespace WebTasks.Planner.Tests;

/// <summary>
/// The held-out rounds already measured, as tests (a class of its own so it runs beside the tuning set's): what was
/// learnt from a round must not be lost, and no site may ever be answered wrongly.
/// </summary>
public sealed class ScriptPlannerMeasuredTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    /// <summary>Held-out sites of the rounds already measured (the latest round is only ever reported).</summary>
    public static TheoryData<string> Measured()
    {
        var sites = CorpusSite.Load();
        var latest = sites.Where(s => s.HeldOut).Max(s => s.Round);
        return [.. sites.Where(s => s.HeldOut && s.Round < latest).Select(s => s.Name)];
    }

    /// <summary>
    /// A round that has been measured and worked on guards what was learnt from it: its sites may still be declined
    /// (the planner declines what it cannot read surely), but a planned script must return the site's truth, and a
    /// site built to be ambiguous must never be answered.
    /// </summary>
    [Theory]
    [MemberData(nameof(Measured))]
    public async Task Measured_held_out_site_is_answered_right_or_declined_never_answered_wrong(string name)
    {
        var site = CorpusSite.Get(name);

        var outcome = await fixture.Runner.RunAsync(site);

        if (site.ExpectDecline is not null)
        {
            outcome.Plan.Code.ShouldBeNull($"{name} is built to be ambiguous, but the planner answered:\n{outcome.Plan.Code}");
        }
        else if (outcome.Plan.Code is not null)
        {
            outcome.Replay!.Error.ShouldBeNull(outcome.Plan.Code);
            outcome.Score!.F1.ShouldBeGreaterThanOrEqualTo(0.9, $"{outcome.Score}\n{outcome.Replay.Value}\n{outcome.Plan.Code}");
        }
    }
}
