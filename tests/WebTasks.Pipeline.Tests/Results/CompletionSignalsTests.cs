using WebTasks.Pipeline.Results;

namespace WebTasks.Pipeline.Tests.Results;

public sealed class CompletionSignalsTests
{
    [Fact]
    public async Task Every_waiter_of_a_task_wakes_when_it_completes_and_no_other()
    {
        var signals = new CompletionSignals();
        var first = signals.WaitAsync("wt_a", TimeSpan.FromMinutes(5), CancellationToken.None);
        var second = signals.WaitAsync("wt_a", TimeSpan.FromMinutes(5), CancellationToken.None);
        var other = signals.WaitAsync("wt_b", TimeSpan.FromMinutes(5), CancellationToken.None);

        signals.Notify("wt_a");
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        other.IsCompleted.ShouldBeFalse();
        signals.Notify("wt_b");
        await other.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_wait_ends_at_its_timeout_and_a_later_wait_is_not_woken_by_an_earlier_notice()
    {
        var signals = new CompletionSignals();
        signals.Notify("wt_a"); // nobody waiting: nothing is kept
        var wait = signals.WaitAsync("wt_a", TimeSpan.FromMilliseconds(300), CancellationToken.None);
        await wait.WaitAsync(TimeSpan.FromSeconds(10));

        var later = signals.WaitAsync("wt_a", TimeSpan.FromMinutes(5), CancellationToken.None);
        await Task.Delay(100);
        later.IsCompleted.ShouldBeFalse();
        signals.Notify("wt_a");
        await later.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_cancelled_read_stops_waiting()
    {
        var signals = new CompletionSignals();
        using var aborted = new CancellationTokenSource();
        var wait = signals.WaitAsync("wt_a", TimeSpan.FromMinutes(5), aborted.Token);
        await aborted.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => wait);
    }
}
