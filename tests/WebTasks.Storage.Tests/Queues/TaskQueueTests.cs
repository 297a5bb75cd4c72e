using System.Diagnostics;
using WebTasks.Storage.Queues;

namespace WebTasks.Storage.Tests.Queues;

public sealed class TaskQueueTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task A_sub_second_delay_keeps_the_message_hidden_instead_of_dropping_to_zero()
    {
        var queue = new TaskQueue(storage.Account.WorkQueue);
        var message = new TaskMessage("ws", "wt_" + Guid.NewGuid().ToString("N"));

        await queue.SendAsync(message, TimeSpan.FromMilliseconds(500), CancellationToken.None);

        (await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), CancellationToken.None)).ShouldBeEmpty();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ReceivedTask> received;
        do
        {
            received = await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        while (received.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(10));

        received.Single().Task.ShouldBe(message);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(500, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    public void Delays_round_up_to_whole_seconds(int milliseconds, int seconds) =>
        TaskQueue.WholeSeconds(TimeSpan.FromMilliseconds(milliseconds)).ShouldBe(TimeSpan.FromSeconds(seconds));
}
