using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Reuse;
using WebTasks.Testing;

namespace WebTasks.Pipeline.Tests.Activities;

/// <summary>Why a save that runs twice saves once, and a cancelled run saves nothing.</summary>
public sealed class SaveBundleTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Code = "async function main({ page }) { return []; }";

    [Fact]
    public async Task A_save_that_runs_twice_returns_the_first_save_and_adds_no_revision()
    {
        var keys = new ReuseKeyStore(fixture.Account);
        var input = await fixture.NewTaskAsync(new WebTaskRequest { Task = "t", ReuseKey = "replayed", Model = Models.None });
        var save = new SaveBundleInput(input, new NewScript(Code, """{"type":"array"}""", Authors.Planner));
        var context = new TestActivityContext(nameof(SaveBundle), input.WebTaskId);

        var first = await new SaveBundle(keys, fixture.Tasks).RunAsync(context, save);
        var again = await new SaveBundle(keys, fixture.Tasks).RunAsync(context, save);

        again.ShouldBe(first);
        first!.RevisionId.ShouldBe(input.WebTaskId, "a revision an agent or planner run saves is named by that run");
        var revisions = await keys.ListRevisionsAsync("ws", "replayed", CancellationToken.None);
        revisions.Count.ShouldBe(1);
        revisions[0].Author.ShouldBe(Authors.Planner);
        revisions[0].SourceWebTaskId.ShouldBe(input.WebTaskId);
    }

    [Fact]
    public async Task A_run_cancelled_before_its_save_saves_nothing()
    {
        var keys = new ReuseKeyStore(fixture.Account);
        var input = await fixture.NewTaskAsync(new WebTaskRequest { Task = "t", ReuseKey = "cancelled", Model = Models.None });
        var task = (await fixture.Tasks.GetAsync("ws", input.WebTaskId, CancellationToken.None))!;
        Pipeline.Results.TaskCompletion.Complete(task, Completion.Failed(FailureCodes.Cancelled, "cancelled"), DateTimeOffset.UtcNow);
        await fixture.Tasks.UpdateAsync(task, CancellationToken.None);

        var saved = await new SaveBundle(keys, fixture.Tasks).RunAsync(
            new TestActivityContext(nameof(SaveBundle), input.WebTaskId), new SaveBundleInput(input, new NewScript(Code, null, Authors.Planner)));

        saved.ShouldBeNull();
        (await keys.ListRevisionsAsync("ws", "cancelled", CancellationToken.None)).ShouldBeEmpty();
    }
}
