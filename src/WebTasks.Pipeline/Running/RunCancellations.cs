namespace WebTasks.Pipeline.Running;

/// <summary>
/// The runs in this process, by web task id, so a cancel request stops the browser work at once instead of letting
/// it run to its deadline. A run on another host stops when its own attempt to complete the record is refused.
/// </summary>
public sealed class RunCancellations
{
    private readonly Dictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    /// <summary>Registers a run; disposing the answer unregisters it.</summary>
    public IDisposable Register(string webTaskId, CancellationTokenSource run)
    {
        lock (_running)
        {
            _running[webTaskId] = run;
        }

        return new Registration(this, webTaskId, run);
    }

    /// <summary>Cancels the run if it is in this process.</summary>
    public bool Cancel(string webTaskId)
    {
        CancellationTokenSource? run;
        lock (_running)
        {
            _running.TryGetValue(webTaskId, out run);
        }

        if (run is null)
        {
            return false;
        }

        try
        {
            run.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false; // it ended meanwhile
        }
    }

    private sealed class Registration(RunCancellations owner, string webTaskId, CancellationTokenSource run) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._running)
            {
                if (owner._running.TryGetValue(webTaskId, out var current) && current == run)
                {
                    owner._running.Remove(webTaskId);
                }
            }
        }
    }
}
