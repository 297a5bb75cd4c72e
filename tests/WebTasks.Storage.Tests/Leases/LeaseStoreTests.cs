using WebTasks.Storage.Leases;

namespace WebTasks.Storage.Tests.Leases;

public sealed class LeaseStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private readonly LeaseStore _leases = new(storage.Account);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_held_lease_refuses_others_until_released()
    {
        (await _leases.TryAcquireAsync("ws", "key:a", "holder-1", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeTrue();
        var (taken, freeAt) = await _leases.TryAcquireAsync("ws", "key:a", "holder-2", TimeSpan.FromMinutes(1), None);
        taken.ShouldBeFalse();
        freeAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);

        (await _leases.TryAcquireAsync("ws", "key:a", "holder-1", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeTrue("the holder renews");
        await _leases.ReleaseAsync("ws", "key:a", "holder-2", None); // not theirs: no effect
        (await _leases.TryAcquireAsync("ws", "key:a", "holder-2", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeFalse();

        await _leases.ReleaseAsync("ws", "key:a", "holder-1", None);
        (await _leases.TryAcquireAsync("ws", "key:a", "holder-2", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeTrue();
    }

    [Fact]
    public async Task A_lease_released_right_after_it_was_taken_is_free_at_once()
    {
        for (var i = 0; i < 5; i++)
        {
            (await _leases.TryAcquireAsync("ws", "key:quick", $"first{i}", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeTrue();
            await _leases.ReleaseAsync("ws", "key:quick", $"first{i}", None);
        }

        (await _leases.TryAcquireAsync("ws", "key:quick", "second", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeTrue();
    }

    [Fact]
    public async Task A_lease_whose_holder_died_expires_by_itself()
    {
        (await _leases.TryAcquireAsync("ws", "key:dead", "dead-holder", TimeSpan.FromMilliseconds(400), None)).Acquired.ShouldBeTrue();
        (await _leases.TryAcquireAsync("ws", "key:dead", "survivor", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeFalse();

        await Task.Delay(600);
        (await _leases.TryAcquireAsync("ws", "key:dead", "survivor", TimeSpan.FromMinutes(1), None)).Acquired.ShouldBeTrue();
    }

    [Fact]
    public async Task Of_many_racing_holders_exactly_one_wins()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            _leases.TryAcquireAsync("ws", "key:race", $"h{i}", TimeSpan.FromMinutes(1), None)));
        attempts.Count(a => a.Acquired).ShouldBe(1);
    }

    [Fact]
    public async Task Slots_cap_how_many_hold_at_once()
    {
        var holders = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _leases.TryAcquireSlotAsync("ws-slots", "slot:", 3, $"h{i}", TimeSpan.FromMinutes(1), None)));

        holders.Count(h => h is not null).ShouldBeLessThanOrEqualTo(3);
        var held = holders.Where(h => h is not null).ToList();
        held.Distinct().Count().ShouldBe(held.Count);
    }
}
