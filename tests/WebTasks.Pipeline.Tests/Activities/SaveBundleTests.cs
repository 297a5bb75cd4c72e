using Microsoft.Extensions.Logging.Abstractions;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Reuse;
using WebTasks.Testing;

namespace WebTasks.Pipeline.Tests.Activities;

/// <summary>Why a save that runs twice saves once, a cancelled run saves nothing, and a run never replaces a revision it did not see.</summary>
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

        var first = await new SaveBundle(keys, fixture.Tasks, NullLogger<SaveBundle>.Instance).RunAsync(context, save);
        var again = await new SaveBundle(keys, fixture.Tasks, NullLogger<SaveBundle>.Instance).RunAsync(context, save);

        again.ShouldBe(first);
        first!.RevisionId.ShouldBe(input.WebTaskId, "a revision an agent or planner run saves is named by that run");
        var revisions = await keys.ListRevisionsAsync("ws", "replayed", CancellationToken.None);
        revisions.Count.ShouldBe(1);
        revisions[0].Author.ShouldBe(Authors.Planner);
        revisions[0].SourceWebTaskId.ShouldBe(input.WebTaskId);
    }

    [Fact]
    public async Task A_script_built_on_a_revision_that_is_no_longer_current_is_not_saved_over_the_newer_one()
    {
        var keys = new ReuseKeyStore(fixture.Account);
        var planned = await fixture.NewTaskAsync(new WebTaskRequest { Task = "t", ReuseKey = "put-meanwhile", Model = Models.None });
        var repaired = await fixture.NewTaskAsync(new WebTaskRequest { Task = "t", ReuseKey = "put-meanwhile", Model = Models.None });
        var put = await keys.SaveRevisionAsync("ws", "put-meanwhile", "rev_user_1", Code, null, Authors.User, null, CancellationToken.None);

        // Planned on the empty key, saved after the user's PUT: refused, and nothing of it is left in the history.
        (await new SaveBundle(keys, fixture.Tasks, NullLogger<SaveBundle>.Instance).RunAsync(
            new TestActivityContext(nameof(SaveBundle), planned.WebTaskId), new SaveBundleInput(planned, new NewScript(Code, null, Authors.Planner)))).ShouldBeNull();
        (await keys.GetCurrentAsync("ws", "put-meanwhile", CancellationToken.None))!.RevisionId.ShouldBe("rev_user_1");
        (await keys.ListRevisionsAsync("ws", "put-meanwhile", CancellationToken.None)).Select(r => r.RowKey).ShouldBe(["rev_user_1"]);

        // Built on the user's revision, which is still current: saved.
        var builtOn = new BundleRef(put.RevisionId, put.CreatedAt, Authors.User);
        var saved = await new SaveBundle(keys, fixture.Tasks, NullLogger<SaveBundle>.Instance).RunAsync(
            new TestActivityContext(nameof(SaveBundle), repaired.WebTaskId), new SaveBundleInput(repaired, new NewScript(Code, null, Authors.Planner), builtOn));
        saved!.RevisionId.ShouldBe(repaired.WebTaskId);
        (await keys.GetCurrentAsync("ws", "put-meanwhile", CancellationToken.None))!.RevisionId.ShouldBe(repaired.WebTaskId);
    }

    [Fact]
    public async Task A_run_cancelled_before_its_save_saves_nothing()
    {
        var keys = new ReuseKeyStore(fixture.Account);
        var input = await fixture.NewTaskAsync(new WebTaskRequest { Task = "t", ReuseKey = "cancelled", Model = Models.None });
        var task = (await fixture.Tasks.GetAsync("ws", input.WebTaskId, CancellationToken.None))!;
        Pipeline.Results.TaskCompletion.Complete(task, Completion.Failed(FailureCodes.Cancelled, "cancelled"), DateTimeOffset.UtcNow);
        await fixture.Tasks.UpdateAsync(task, CancellationToken.None);

        var saved = await new SaveBundle(keys, fixture.Tasks, NullLogger<SaveBundle>.Instance).RunAsync(
            new TestActivityContext(nameof(SaveBundle), input.WebTaskId), new SaveBundleInput(input, new NewScript(Code, null, Authors.Planner)));

        saved.ShouldBeNull();
        (await keys.ListRevisionsAsync("ws", "cancelled", CancellationToken.None)).ShouldBeEmpty();
    }
}
