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
}
