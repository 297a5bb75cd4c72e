using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Stages;
using WebTasks.Storage.Reuse;

namespace WebTasks.Pipeline.Tests.Stages;

/// <summary>What a resumed run loads, and why a replayed save saves nothing twice.</summary>
public sealed class LoadAndSaveBundleTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Code = "async function main({ page }) { return []; }";

    [Fact]
    public async Task A_replayed_save_returns_the_first_save_and_adds_no_revision()
    {
        var keys = new ReuseKeyStore(fixture.Account);
        var save = new SaveBundle(keys);
        var taskId = Ids.NewWebTaskId();
        var input = new SaveBundleInput("ws", "replayed", taskId, Code, """{"type":"array"}""", Authors.Planner);

        var first = await save.RunAsync(input, CancellationToken.None);
        var again = await save.RunAsync(input, CancellationToken.None);

        again.ShouldBe(first);
        first.RevisionId.ShouldBe(Ids.RevisionIdFor(taskId));
        first.Author.ShouldBe(Authors.Planner);
        (await keys.ListRevisionsAsync("ws", "replayed", CancellationToken.None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_resumed_run_that_found_no_script_does_not_load_the_one_it_saved_itself()
    {
        var keys = new ReuseKeyStore(fixture.Account);
        var load = new LoadBundle(keys);
        (await load.RunAsync(new LoadBundleInput("ws", "resumed", null, Resumed: false), CancellationToken.None)).ShouldBeNull();

        var taskId = Ids.NewWebTaskId();
        await new SaveBundle(keys).RunAsync(new SaveBundleInput("ws", "resumed", taskId, Code, null, Authors.Planner), CancellationToken.None);

        (await load.RunAsync(new LoadBundleInput("ws", "resumed", null, Resumed: true), CancellationToken.None)).ShouldBeNull();
        (await load.RunAsync(new LoadBundleInput("ws", "resumed", null, Resumed: false), CancellationToken.None))!.RevisionId.ShouldBe(Ids.RevisionIdFor(taskId));
        (await load.RunAsync(new LoadBundleInput("ws", "resumed", Ids.RevisionIdFor(taskId), Resumed: true), CancellationToken.None))!.Code.ShouldBe(Code);
    }
}
