using WebTasks.Core.Contracts;
using WebTasks.Storage.Reuse;
using WebTasks.Storage.Tasks;

namespace WebTasks.Storage.Tests.Reuse;

/// <summary>A key's turn goes to one run at a time, and ends with that run's record or at its deadline.</summary>
public sealed class KeyTurnStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TaskStore _tasks = new(storage.Account);
    private KeyTurnStore Turns => new(storage.Account, _tasks);

    private static DateTimeOffset InAnHour => DateTimeOffset.UtcNow.AddHours(1);

    [Fact]
    public async Task A_run_that_has_not_completed_keeps_the_turn_and_is_named_to_the_next()
    {
        var first = await RunAsync("wt_turn_1");
        var second = await RunAsync("wt_turn_2");

        (await Turns.TryTakeAsync("ws", "held", first.RowKey, InAnHour, None)).ShouldBeNull();
        (await Turns.TryTakeAsync("ws", "held", second.RowKey, InAnHour, None)).ShouldBe(first.RowKey);
        (await Turns.TryTakeAsync("ws", "held", first.RowKey, InAnHour, None)).ShouldBeNull("taking one's own turn again is a no-op");
        (await Turns.TryTakeAsync("ws", "other-key", second.RowKey, InAnHour, None)).ShouldBeNull("keys have turns of their own");

        first.Status = WebTaskStatus.Completed;
        await _tasks.UpdateAsync(first, None);

        (await Turns.TryTakeAsync("ws", "held", second.RowKey, InAnHour, None)).ShouldBeNull("a completed run's turn has ended");
        (await Turns.TryTakeAsync("ws", "held", first.RowKey, InAnHour, None)).ShouldBe(second.RowKey);
    }

    [Fact]
    public async Task A_turn_lapses_at_its_deadline_or_when_its_run_is_gone()
    {
        var stuck = await RunAsync("wt_turn_stuck");
        var next = await RunAsync("wt_turn_next");

        (await Turns.TryTakeAsync("ws", "lapsed", stuck.RowKey, DateTimeOffset.UtcNow.AddSeconds(-1), None)).ShouldBeNull();
        (await Turns.TryTakeAsync("ws", "lapsed", next.RowKey, InAnHour, None)).ShouldBeNull("the run still pending, but its turn lapsed");

        (await Turns.TryTakeAsync("ws", "gone", "wt_turn_never_recorded", InAnHour, None)).ShouldBeNull();
        (await Turns.TryTakeAsync("ws", "gone", next.RowKey, InAnHour, None)).ShouldBeNull("a run with no record (purged) holds nothing");
    }

    [Fact]
    public async Task Of_runs_racing_for_a_free_key_exactly_one_gets_the_turn()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RunAsync($"wt_turn_race_{i}")));

        var holders = await Task.WhenAll(runs.Select(r => Turns.TryTakeAsync("ws", "raced", r.RowKey, InAnHour, None)));

        holders.Count(h => h is null).ShouldBe(1);
        var winner = runs[Array.IndexOf(holders, null)].RowKey;
        holders.Where(h => h is not null).ShouldAllBe(h => h == winner);
    }

    private async Task<WebTaskEntity> RunAsync(string id)
    {
        var task = new WebTaskEntity { PartitionKey = "ws", RowKey = id, Status = WebTaskStatus.Pending, CreatedAt = DateTimeOffset.UtcNow };
        await _tasks.CreateAsync(task, None);
        return task;
    }
}
