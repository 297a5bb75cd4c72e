using Microsoft.Extensions.Options;
using WebTasks.Core.Options;
using WebTasks.Storage.Leases;

namespace WebTasks.Pipeline.Stages;

public sealed record KeyLockInput(string WorkspaceId, string ReuseKey, string WebTaskId, long Sequence, string Holder);

/// <summary>Either the lock (and the workspace slot that came with it) or how long to wait before asking again.</summary>
public sealed record KeyLockResult(bool Acquired, string? Slot, TimeSpan RetryAfter);

/// <summary>
/// Stage 2 and its undo: runs on one key go strictly one at a time in submission order (only the head of the
/// key's line may take the key's lease), and a workspace runs at most N tasks at once (N slot leases).
/// </summary>
public sealed class KeyLock(LeaseStore leases, KeyLine line, IOptions<WebTasksOptions> options)
{
    private const string SlotPrefix = "slot:";
    private readonly PipelineOptions _options = options.Value.Pipeline;

    public async Task<KeyLockResult> AcquireAsync(KeyLockInput input, CancellationToken cancellationToken)
    {
        var head = await line.HeadAsync(input.WorkspaceId, input.ReuseKey, cancellationToken);
        if (head is not null && head != input.WebTaskId)
        {
            return new KeyLockResult(false, null, _options.RetryDelay);
        }

        var (acquired, freeAt) = await leases.TryAcquireAsync(input.WorkspaceId, KeyLease(input.ReuseKey), input.Holder, _options.LeaseDuration, cancellationToken);
        if (!acquired)
        {
            var wait = (freeAt ?? DateTimeOffset.UtcNow) - DateTimeOffset.UtcNow;
            return new KeyLockResult(false, null, wait > _options.RetryDelay ? wait : _options.RetryDelay);
        }

        var slot = await leases.TryAcquireSlotAsync(input.WorkspaceId, SlotPrefix, _options.WorkspaceConcurrency, input.Holder, _options.LeaseDuration, cancellationToken);
        if (slot is null)
        {
            await leases.ReleaseAsync(input.WorkspaceId, KeyLease(input.ReuseKey), input.Holder, cancellationToken);
            return new KeyLockResult(false, null, _options.RetryDelay);
        }

        return new KeyLockResult(true, slot, TimeSpan.Zero);
    }

    /// <summary>Keeps both leases alive while the run goes on.</summary>
    public async Task RenewAsync(KeyLockInput input, string slot, CancellationToken cancellationToken)
    {
        await leases.TryAcquireAsync(input.WorkspaceId, KeyLease(input.ReuseKey), input.Holder, _options.LeaseDuration, cancellationToken);
        await leases.TryAcquireAsync(input.WorkspaceId, slot, input.Holder, _options.LeaseDuration, cancellationToken);
    }

    /// <summary>Leaves the line and lets go of the leases; returns the task now at the head of the line, if any.</summary>
    /// <remarks>A slot held by an attempt that died is not ours to free: it expires by itself.</remarks>
    public async Task<string?> ReleaseAsync(KeyLockInput input, string? slot, CancellationToken cancellationToken)
    {
        await line.LeaveAsync(input.WorkspaceId, input.ReuseKey, input.Sequence, input.WebTaskId, cancellationToken);
        await ReleaseLeasesOnlyAsync(input, slot, cancellationToken);
        return await line.HeadAsync(input.WorkspaceId, input.ReuseKey, cancellationToken);
    }

    /// <summary>Lets go of the leases but keeps the place in line (the task will be resumed).</summary>
    public async Task ReleaseLeasesOnlyAsync(KeyLockInput input, string? slot, CancellationToken cancellationToken)
    {
        await leases.ReleaseAsync(input.WorkspaceId, KeyLease(input.ReuseKey), input.Holder, cancellationToken);
        if (slot is not null)
        {
            await leases.ReleaseAsync(input.WorkspaceId, slot, input.Holder, cancellationToken);
        }
    }

    private static string KeyLease(string reuseKey) => "key:" + reuseKey;
}
