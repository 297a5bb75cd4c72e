using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Activities;
using WebTasks.Testing;

namespace WebTasks.Pipeline.Tests.Activities;

public sealed class CheckEligibilityTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("", null, "empty")]
    [InlineData("read it", "http://10.0.0.8/", "private")]
    [InlineData("read it", "http://metadata.google.internal.invalid/", "cannot be resolved")]
    public async Task Tasks_that_break_the_rules_are_rejected_with_the_reason(string task, string? url, string reason)
    {
        var input = await fixture.NewTaskAsync(new WebTaskRequest { Task = task, StartUrl = url, Model = Models.None });

        var verdict = await new CheckEligibility(fixture.Requests, fixture.Guard).RunAsync(new TestActivityContext(nameof(CheckEligibility), input.WebTaskId), input);

        verdict.Allowed.ShouldBeFalse();
        verdict.Reason.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public async Task A_task_on_an_allowed_host_passes()
    {
        var input = await fixture.NewTaskAsync(new WebTaskRequest { Task = "read it", StartUrl = "http://127.0.0.1:9/", Model = Models.None });

        var verdict = await new CheckEligibility(fixture.Requests, fixture.Guard).RunAsync(new TestActivityContext(nameof(CheckEligibility), input.WebTaskId), input);

        verdict.Allowed.ShouldBeTrue();
    }
}
