namespace WebTasks.Pipeline.Results;

/// <summary>
/// Wakes result reads waiting in this process (GET …/result?wait=) as soon as a run here completes its task, so a
/// waiting client learns of it without polling storage. Completions made by another host are found by the
/// waiting read's own periodic re-read.
/// </summary>
public sealed class CompletionSignals
{
    private readonly Dictionary<string, Waiters> _waiting = new(StringComparer.Ordinal);

    /// <summary>The task's record has just been written as completed.</summary>
    public void Notify(string webTaskId)
    {
        Waiters? waiters;
        lock (_waiting)
        {
            if (!_waiting.Remove(webTaskId, out waiters))
            {
                return;
            }
        }

        waiters.Completed.TrySetResult();
    }

    /// <summary>Returns when the task is notified, <paramref name="timeout"/> has passed or the read is cancelled.</summary>
    public async Task WaitAsync(string webTaskId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Waiters waiters;
        lock (_waiting)
        {
            if (!_waiting.TryGetValue(webTaskId, out waiters!))
            {
                _waiting[webTaskId] = waiters = new Waiters();
            }

            waiters.Count++;
        }

        try
        {
            await waiters.Completed.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
        finally
        {
            lock (_waiting)
            {
                // The last waiter of a task that never completed here takes its entry with it.
                if (--waiters.Count == 0 && _waiting.TryGetValue(webTaskId, out var current) && current == waiters)
                {
                    _waiting.Remove(webTaskId);
                }
            }
        }
    }

    private sealed class Waiters
    {
        public TaskCompletionSource Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count { get; set; }
    }
}
