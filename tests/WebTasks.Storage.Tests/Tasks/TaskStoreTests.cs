using WebTasks.Storage.Tasks;

namespace WebTasks.Storage.Tests.Tasks;

public sealed class TaskStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_stale_writer_loses_and_is_told_so()
    {
        var tasks = new TaskStore(storage.Account);
        await tasks.CreateAsync(new WebTaskEntity { PartitionKey = "ws", RowKey = "wt_stale", Status = "pending", Stage = TaskStages.Received, CreatedAt = DateTimeOffset.UtcNow }, None);

        var a = (await tasks.GetAsync("ws", "wt_stale", None))!;
        var b = (await tasks.GetAsync("ws", "wt_stale", None))!;
        a.Stage = TaskStages.Admitted;
        await tasks.UpdateAsync(a, None);
        b.Stage = TaskStages.Running;

        await Should.ThrowAsync<ConcurrencyException>(() => tasks.UpdateAsync(b, None));
        (await tasks.GetAsync("ws", "wt_stale", None))!.Stage.ShouldBe(TaskStages.Admitted);
        a.Stage = TaskStages.Running;
        await tasks.UpdateAsync(a, None); // the winner's ETag was refreshed by its own write
    }

    [Fact]
    public async Task Unfinished_tasks_are_listed_for_recovery()
    {
        var tasks = new TaskStore(storage.Account);
        await tasks.CreateAsync(new WebTaskEntity { PartitionKey = "ws-r", RowKey = "wt_open", Stage = TaskStages.Running, CreatedAt = DateTimeOffset.UtcNow }, None);
        await tasks.CreateAsync(new WebTaskEntity { PartitionKey = "ws-r", RowKey = "wt_done", Stage = TaskStages.Released, CreatedAt = DateTimeOffset.UtcNow }, None);

        var open = new List<string>();
        await foreach (var t in tasks.ListUnfinishedAsync(None))
        {
            open.Add(t.RowKey);
        }

        open.ShouldContain("wt_open");
        open.ShouldNotContain("wt_done");
    }
}
