using WebTasks.Storage.Tasks;

namespace WebTasks.Storage.Tests.Tasks;

public sealed class TaskStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_stale_writer_loses_and_is_told_so()
    {
        var tasks = new TaskStore(storage.Account);
        await tasks.CreateAsync(new WebTaskEntity { PartitionKey = "ws", RowKey = "wt_stale", Status = "pending", CreatedAt = DateTimeOffset.UtcNow }, None);

        var a = (await tasks.GetAsync("ws", "wt_stale", None))!;
        var b = (await tasks.GetAsync("ws", "wt_stale", None))!;
        a.Status = "started";
        await tasks.UpdateAsync(a, None);
        b.Status = "completed";

        await Should.ThrowAsync<ConcurrencyException>(() => tasks.UpdateAsync(b, None));
        (await tasks.GetAsync("ws", "wt_stale", None))!.Status.ShouldBe("started");
        a.Status = "completed";
        await tasks.UpdateAsync(a, None); // the winner's ETag was refreshed by its own write
    }
}
