using WebTasks.Storage.Leases;

namespace WebTasks.Storage.Tests.Leases;

public sealed class KeyLineTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_head_is_the_earliest_submission_whatever_the_join_order()
    {
        var line = new KeyLine(storage.Account);
        await line.JoinAsync("ws", "k", 300, "wt_c", None);
        await line.JoinAsync("ws", "k", 100, "wt_a", None);
        await line.JoinAsync("ws", "k", 200, "wt_b", None);
        await line.JoinAsync("ws", "other", 50, "wt_z", None);

        (await line.HeadAsync("ws", "k", None)).ShouldBe("wt_a");
        await line.LeaveAsync("ws", "k", 100, "wt_a", None);
        await line.LeaveAsync("ws", "k", 100, "wt_a", None); // replayed: fine
        (await line.HeadAsync("ws", "k", None)).ShouldBe("wt_b");
        await line.LeaveAsync("ws", "k", 200, "wt_b", None);
        await line.LeaveAsync("ws", "k", 300, "wt_c", None);
        (await line.HeadAsync("ws", "k", None)).ShouldBeNull();
        (await line.HeadAsync("ws", "other", None)).ShouldBe("wt_z");
    }
}
