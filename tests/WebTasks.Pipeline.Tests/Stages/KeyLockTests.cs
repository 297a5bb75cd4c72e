using WebTasks.Pipeline.Stages;

namespace WebTasks.Pipeline.Tests.Stages;

public sealed class KeyLockTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Only_the_head_of_a_keys_line_may_run_and_release_hands_over_in_order()
    {
        var keyLock = new KeyLock(fixture.Leases, fixture.Line, fixture.Wrapped);
        var first = new KeyLockInput("ws", "k", "wt_1", 1, "h1");
        var second = new KeyLockInput("ws", "k", "wt_2", 2, "h2");
        await fixture.Line.JoinAsync("ws", "k", 2, "wt_2", None);
        await fixture.Line.JoinAsync("ws", "k", 1, "wt_1", None);

        var early = await keyLock.AcquireAsync(second, None);
        early.Acquired.ShouldBeFalse("wt_2 was submitted after wt_1");
        early.RetryAfter.ShouldBeGreaterThan(TimeSpan.Zero);

        var held = await keyLock.AcquireAsync(first, None);
        held.Acquired.ShouldBeTrue();
        held.Slot.ShouldNotBeNull();

        (await keyLock.ReleaseAsync(first, held.Slot, None)).ShouldBe("wt_2", "release names the next in line");
        var next = await keyLock.AcquireAsync(second, None);
        next.Acquired.ShouldBeTrue();
        (await keyLock.ReleaseAsync(second, next.Slot, None)).ShouldBeNull();
    }

    [Fact]
    public async Task The_workspace_limit_holds_across_keys_and_refusing_gives_the_key_back()
    {
        var keyLock = new KeyLock(fixture.Leases, fixture.Line, fixture.Wrapped);
        var inputs = Enumerable.Range(0, 3).Select(i => new KeyLockInput("ws-limit", $"key{i}", $"wt_{i}", i, $"h{i}")).ToList();
        foreach (var input in inputs)
        {
            await fixture.Line.JoinAsync(input.WorkspaceId, input.ReuseKey, input.Sequence, input.WebTaskId, None);
        }

        var results = new List<KeyLockResult>();
        foreach (var input in inputs)
        {
            results.Add(await keyLock.AcquireAsync(input, None));
        }

        results.Count(r => r.Acquired).ShouldBe(2, "the limit in this fixture is 2");
        var refused = inputs[results.FindIndex(r => !r.Acquired)];
        (await fixture.Leases.TryAcquireAsync(refused.WorkspaceId, "key:" + refused.ReuseKey, "someone-else", TimeSpan.FromSeconds(5), None))
            .Acquired.ShouldBeTrue("a task that found no slot must not keep its key locked");
    }
}
