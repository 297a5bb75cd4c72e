using WebTasks.Sites;

namespace WebTasks.Planner.Tests;

/// <summary>
/// Each corpus site planned by the real planner and the script replayed in the real sandbox from a fresh context:
/// the records must match the site's ground truth, and the ambiguous sites must be refused with a reason.
/// </summary>
public sealed class ScriptPlannerCorpusTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> Extracting() => [.. CorpusSite.Load().Where(s => !s.HeldOut && s.Expected is not null).Select(s => s.Name)];

    public static TheoryData<string> Declining() => [.. CorpusSite.Load().Where(s => !s.HeldOut && s.ExpectDecline is not null).Select(s => s.Name)];

    /// <summary>Held-out sites of the rounds already measured (the latest round is only ever reported).</summary>
    public static TheoryData<string> Measured()
    {
        var sites = CorpusSite.Load();
        var latest = sites.Where(s => s.HeldOut).Max(s => s.Round);
        return [.. sites.Where(s => s.HeldOut && s.Round < latest).Select(s => s.Name)];
    }

    [Theory]
    [MemberData(nameof(Extracting))]
    public async Task Planned_script_extracts_the_sites_records(string name)
    {
        var outcome = await fixture.Runner.RunAsync(CorpusSite.Get(name));

        outcome.Plan.Declined.ShouldBeNull();
        outcome.Replay!.Error.ShouldBeNull(outcome.Plan.Code);
        outcome.Score!.F1.ShouldBeGreaterThanOrEqualTo(0.9, $"{outcome.Score}\n{outcome.Replay.Value}\n{outcome.Plan.Code}");
    }

    [Theory]
    [MemberData(nameof(Declining))]
    public async Task Ambiguous_site_is_refused_with_what_is_missing_or_tied(string name)
    {
        var site = CorpusSite.Get(name);

        var outcome = await fixture.Runner.RunAsync(site);

        outcome.Plan.Code.ShouldBeNull();
        foreach (var word in site.ExpectDecline!)
        {
            outcome.Plan.Declined!.ShouldContain(word);
        }
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
