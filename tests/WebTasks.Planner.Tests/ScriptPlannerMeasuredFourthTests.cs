namespace WebTasks.Planner.Tests;

/// <summary>The fourth of the four shares of the measured held-out sites (see <see cref="MeasuredSites"/>).</summary>
public sealed class ScriptPlannerMeasuredFourthTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> Measured() => MeasuredSites.Dealt(3);

    [Theory]
    [MemberData(nameof(Measured))]
    public Task Measured_held_out_site_is_answered_right_or_declined_never_answered_wrong(string name) =>
        MeasuredSites.AnsweredRightOrDeclinedAsync(fixture.Runner, name);
}
