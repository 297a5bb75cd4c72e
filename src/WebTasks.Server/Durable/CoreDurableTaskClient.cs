using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.Entities;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Entities;
using Microsoft.DurableTask.Entities;
using DtCore = DurableTask.Core;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace WebTasks.Server.Durable;

/// <summary>
/// The Microsoft.DurableTask client over a DurableTask.Core backend (no package served here provides one), so the
/// API's handlers take the same <see cref="DurableTaskClient"/> in the self-host as in the Functions app. Inputs and
/// events are serialized with the converter the worker's shims use.
/// </summary>
internal sealed class CoreDurableTaskClient(IOrchestrationServiceClient service, EntityBackendQueries entities, DataConverter converter)
    : DurableTaskClient("webtasks")
{
    private static readonly TimeSpan StartPolling = TimeSpan.FromMilliseconds(250);

    public override DurableEntityClient Entities { get; } = new CoreEntityClient(service, entities, converter);

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var instance = new OrchestrationInstance { InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"), ExecutionId = Guid.NewGuid().ToString("N") };
        var started = new ExecutionStartedEvent(-1, converter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version ?? string.Empty,
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
        };
        cancellation.ThrowIfCancellationRequested();
        await service.CreateTaskOrchestrationAsync(new TaskMessage { OrchestrationInstance = instance, Event = started });
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new EventRaisedEvent(-1, converter.Serialize(eventPayload)) { Name = eventName });

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason));

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason));

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) =>
        service.ForceTerminateTaskOrchestrationAsync(instanceId, converter.Serialize(options?.Output));

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var states = await service.GetOrchestrationStateAsync(instanceId, allExecutions: false);
        return states is { Count: > 0 } ? ToMetadata(states[0], getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(Microsoft.DurableTask.Client.OrchestrationQuery? filter = null) =>
        Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var queries = service as IOrchestrationServiceQueryClient ?? throw new NotSupportedException("The orchestration service cannot be queried.");
            var result = await queries.GetOrchestrationWithQueryAsync(
                new DtCore.Query.OrchestrationQuery
                {
                    RuntimeStatus = filter?.Statuses?.Select(s => Enum.Parse<OrchestrationStatus>(s.ToString())).ToList(),
                    CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                    CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                    InstanceIdPrefix = filter?.InstanceIdPrefix,
                    PageSize = pageSize ?? filter?.PageSize ?? Microsoft.DurableTask.Client.OrchestrationQuery.DefaultPageSize,
                    ContinuationToken = continuation ?? filter?.ContinuationToken,
                    FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
                },
                cancellation);
            return new Page<OrchestrationMetadata>([.. result.OrchestrationState.Select(s => ToMetadata(s, filter?.FetchInputsAndOutputs ?? false))], result.ContinuationToken);
        });

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation)
                           ?? throw new InvalidOperationException($"Orchestration '{instanceId}' does not exist.");
            if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
            {
                return metadata;
            }

            await Task.Delay(StartPolling, cancellation);
        }
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        ToMetadata(await service.WaitForOrchestrationAsync(instanceId, null, Timeout.InfiniteTimeSpan, cancellation), getInputsAndOutputs);

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var purger = service as IOrchestrationServicePurgeClient ?? throw new NotSupportedException("The orchestration service cannot purge.");
        return new PurgeResult((await purger.PurgeInstanceStateAsync(instanceId)).DeletedInstanceCount);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var purger = service as IOrchestrationServicePurgeClient ?? throw new NotSupportedException("The orchestration service cannot purge.");
        var statuses = filter.Statuses?.Select(s => Enum.Parse<OrchestrationStatus>(s.ToString()));
        var result = await purger.PurgeInstanceStateAsync(new PurgeInstanceFilter((filter.CreatedFrom ?? default).UtcDateTime, filter.CreatedTo?.UtcDateTime, statuses));
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task SendAsync(string instanceId, HistoryEvent @event) =>
        service.SendTaskOrchestrationMessageAsync(new TaskMessage { OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId }, Event = @event });

    private OrchestrationMetadata ToMetadata(OrchestrationState state, bool withData) => new(state.Name, state.OrchestrationInstance.InstanceId)
    {
        DataConverter = withData ? converter : null,
        RuntimeStatus = Enum.Parse<OrchestrationRuntimeStatus>(state.OrchestrationStatus.ToString()),
        CreatedAt = state.CreatedTime,
        LastUpdatedAt = state.LastUpdatedTime,
        SerializedInput = state.Input,
        SerializedOutput = state.Output,
        SerializedCustomStatus = state.Status,
        FailureDetails = Convert(state.FailureDetails),
    };

    private static TaskFailureDetails? Convert(FailureDetails? details) =>
        details is null ? null : new TaskFailureDetails(details.ErrorType, details.ErrorMessage, details.StackTrace, Convert(details.InnerFailure), null);

    /// <summary>Entity operations and queries over the same backend.</summary>
    private sealed class CoreEntityClient(IOrchestrationServiceClient service, EntityBackendQueries queries, DataConverter converter) : DurableEntityClient("webtasks")
    {
        /// <summary>Signals scheduled further ahead are delivered in hops of this size (the Azure Storage provider's limit).</summary>
        private static readonly TimeSpan MaxSignalDelay = TimeSpan.FromDays(3);

        public override async Task SignalEntityAsync(EntityInstanceId id, string operationName, object? input = null, SignalEntityOptions? options = null, CancellationToken cancellation = default)
        {
            var signal = ClientEntityHelpers.EmitOperationSignal(
                new OrchestrationInstance { InstanceId = id.ToString() },
                Guid.NewGuid(),
                operationName,
                converter.Serialize(input),
                EntityMessageEvent.GetCappedScheduledTime(DateTime.UtcNow, MaxSignalDelay, options?.SignalTime?.UtcDateTime),
                Activity.Current is { } activity ? new DtCore.Tracing.DistributedTraceContext(activity.Id!, activity.TraceStateString) : null,
                requestTime: DateTimeOffset.UtcNow,
                createTrace: false);
            await service.SendTaskOrchestrationMessageAsync(signal.AsTaskMessage());
        }

        public override async Task<EntityMetadata?> GetEntityAsync(EntityInstanceId id, bool includeState = true, CancellationToken cancellation = default) =>
            await queries.GetEntityAsync(new EntityId(id.Name, id.Key), includeState, includeStateless: false, cancellation) is { } found ? ToMetadata(found) : null;

        public override async Task<EntityMetadata<T>?> GetEntityAsync<T>(EntityInstanceId id, bool includeState = true, CancellationToken cancellation = default) =>
            await queries.GetEntityAsync(new EntityId(id.Name, id.Key), includeState, includeStateless: false, cancellation) is { } found ? ToMetadata<T>(found) : null;

        public override AsyncPageable<EntityMetadata> GetAllEntitiesAsync(EntityQuery? filter = null) => Query(filter, ToMetadata);

        public override AsyncPageable<EntityMetadata<T>> GetAllEntitiesAsync<T>(EntityQuery? filter = null) => Query(filter, ToMetadata<T>);

        public override async Task<CleanEntityStorageResult> CleanEntityStorageAsync(
            CleanEntityStorageRequest? request = null, bool continueUntilComplete = true, CancellationToken cancellation = default)
        {
            var r = request ?? CleanEntityStorageRequest.Default;
            var removed = 0;
            var released = 0;
            string? continuation = r.ContinuationToken;
            do
            {
                var result = await queries.CleanEntityStorageAsync(
                    new EntityBackendQueries.CleanEntityStorageRequest { RemoveEmptyEntities = r.RemoveEmptyEntities, ReleaseOrphanedLocks = r.ReleaseOrphanedLocks, ContinuationToken = continuation },
                    cancellation);
                removed += result.EmptyEntitiesRemoved;
                released += result.OrphanedLocksReleased;
                continuation = result.ContinuationToken;
            }
            while (continueUntilComplete && continuation is not null);

            return new CleanEntityStorageResult { EmptyEntitiesRemoved = removed, OrphanedLocksReleased = released, ContinuationToken = continuation };
        }

        private AsyncPageable<TMetadata> Query<TMetadata>(EntityQuery? filter, Func<EntityBackendQueries.EntityMetadata, TMetadata> select)
            where TMetadata : notnull =>
            Pageable.Create(async (continuation, pageSize, cancellation) =>
            {
                var result = await queries.QueryEntitiesAsync(
                    new EntityBackendQueries.EntityQuery
                    {
                        InstanceIdStartsWith = filter?.InstanceIdStartsWith ?? string.Empty,
                        LastModifiedFrom = filter?.LastModifiedFrom?.UtcDateTime,
                        LastModifiedTo = filter?.LastModifiedTo?.UtcDateTime,
                        IncludeTransient = filter?.IncludeTransient ?? false,
                        IncludeState = filter?.IncludeState ?? true,
                        ContinuationToken = continuation ?? filter?.ContinuationToken,
                        PageSize = pageSize ?? filter?.PageSize,
                    },
                    cancellation);
                return new Page<TMetadata>([.. result.Results.Select(select)], result.ContinuationToken);
            });

        private EntityMetadata ToMetadata(EntityBackendQueries.EntityMetadata m) =>
            new(new EntityInstanceId(m.EntityId.Name, m.EntityId.Key), m.SerializedState is null ? null : new SerializedData(m.SerializedState, converter))
            {
                LastModifiedTime = m.LastModifiedTime,
                BacklogQueueSize = m.BacklogQueueSize,
                LockedBy = m.LockedBy,
            };

        private EntityMetadata<T> ToMetadata<T>(EntityBackendQueries.EntityMetadata m) =>
            new(new EntityInstanceId(m.EntityId.Name, m.EntityId.Key), converter.Deserialize<T>(m.SerializedState))
            {
                LastModifiedTime = m.LastModifiedTime,
                BacklogQueueSize = m.BacklogQueueSize,
                LockedBy = m.LockedBy,
            };
    }
}
