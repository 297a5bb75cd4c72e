using DurableTask.Core;
using DurableTask.Core.Entities;
using DurableTask.Core.Entities.OperationFormat;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Entities;
using Microsoft.DurableTask.Worker.Shims;
using WebTasks.Pipeline;
using CoreEntity = DurableTask.Core.Entities.TaskEntity;

namespace WebTasks.Server.Durable;

/// <summary>
/// Hands DurableTask.Core the durable functions of <see cref="DurableFunctions"/> as Microsoft.DurableTask shims, a
/// fresh object for every work item (activities come from DI, as in the Functions app). Names are matched without
/// case: the engine keeps entity names in lowercase.
/// </summary>
internal sealed class DurableObjects<T>(DurableKind kind, Func<DurableFunction, T> create) : INameVersionObjectManager<T>
    where T : class
{
    private readonly Dictionary<string, DurableFunction> _functions =
        DurableFunctions.All.Where(f => f.Kind == kind).ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public void Add(ObjectCreator<T> creator) =>
        throw new NotSupportedException("Durable functions are registered in DurableFunctions.All, not one by one.");

    public T? GetObject(string name, string? version) => _functions.TryGetValue(name, out var function) ? create(function) : null;

    public static DurableObjects<TaskOrchestration> Orchestrations(DurableTaskShimFactory shims, IServiceProvider services) =>
        new(DurableKind.Orchestrator, f => shims.CreateOrchestration(f.Name, (ITaskOrchestrator)ActivatorUtilities.CreateInstance(services, f.Type)));

    public static DurableObjects<TaskActivity> Activities(DurableTaskShimFactory shims, IServiceProvider services) =>
        new(DurableKind.Activity, f => shims.CreateActivity(f.Name, (ITaskActivity)services.GetRequiredService(f.Type)));

    public static DurableObjects<CoreEntity> Entities(DurableTaskShimFactory shims, IServiceProvider services) =>
        new(DurableKind.Entity, f => new EntityAdapter(shims, f.Name, () => (ITaskEntity)ActivatorUtilities.CreateInstance(services, f.Type)));

    /// <summary>The engine asks for an entity by name, the shim needs its id: the id comes with each batch.</summary>
    private sealed class EntityAdapter(DurableTaskShimFactory shims, string name, Func<ITaskEntity> create) : CoreEntity
    {
        public override Task<EntityBatchResult> ExecuteOperationBatchAsync(EntityBatchRequest operations) =>
            shims.CreateEntity(name, create(), EntityId.FromString(operations.InstanceId!)).ExecuteOperationBatchAsync(operations);
    }
}
