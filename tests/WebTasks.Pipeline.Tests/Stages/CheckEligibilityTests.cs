using WebTasks.Pipeline.Stages;

namespace WebTasks.Pipeline.Tests.Stages;

public sealed class CheckEligibilityTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("", null, "empty")]
    [InlineData("read it", "http://10.0.0.8/", "private")]
    [InlineData("read it", "http://metadata.google.internal.invalid/", "cannot be resolved")]
    public async Task Tasks_that_break_the_rules_are_rejected_with_the_reason(string task, string? url, string reason)
    {
        var verdict = await new CheckEligibility(fixture.Guard).RunAsync(new EligibilityInput(task, url), CancellationToken.None);
        verdict.Allowed.ShouldBeFalse();
        verdict.Reason.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task A_task_on_an_allowed_host_passes()
    {
        var verdict = await new CheckEligibility(fixture.Guard).RunAsync(new EligibilityInput("read it", "http://127.0.0.1:9/"), CancellationToken.None);
        verdict.Allowed.ShouldBeTrue();
    }
}
