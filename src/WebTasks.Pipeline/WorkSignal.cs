namespace WebTasks.Pipeline;

/// <summary>Wakes this host's idle workers when it has just queued work, so they need not wait for their next poll.</summary>
public sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _pulses = new(0, 64);

    public void Pulse()
    {
        try
        {
            _pulses.Release();
        }
        catch (SemaphoreFullException)
        {
            // Plenty of wake-ups are pending already.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _pulses.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _pulses.Dispose();
}
