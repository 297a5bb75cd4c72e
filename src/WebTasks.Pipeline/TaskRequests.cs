using System.Text.Json;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline;

/// <summary>A web task's record and the request it was started with (kept in the row, or in a blob when large).</summary>
public sealed class TaskRequests(TaskStore tasks, PayloadStore payloads)
{
    public async Task<(WebTaskEntity Task, WebTaskRequest Request)> LoadAsync(string workspaceId, string webTaskId, CancellationToken cancellationToken) =>
        await FindAsync(workspaceId, webTaskId, cancellationToken)
        ?? throw new InvalidOperationException($"Web task {webTaskId} has no record in workspace {workspaceId}.");

    /// <summary>The task and its request, or null when the workspace has no such task.</summary>
    public async Task<(WebTaskEntity Task, WebTaskRequest Request)?> FindAsync(string workspaceId, string webTaskId, CancellationToken cancellationToken)
    {
        if (await tasks.GetAsync(workspaceId, webTaskId, cancellationToken) is not { } task)
        {
            return null;
        }

        var json = await payloads.LoadAsync(RequestPayload(workspaceId, webTaskId), task.Request, cancellationToken);
        return (task, JsonSerializer.Deserialize<WebTaskRequest>(json, JsonDefaults.Options)!);
    }

    /// <summary>Stores the request of a new task; the text to keep in its row, or null when it went to the blob.</summary>
    public Task<string?> StoreAsync(string workspaceId, string webTaskId, WebTaskRequest request, CancellationToken cancellationToken) =>
        payloads.StoreAsync(RequestPayload(workspaceId, webTaskId), JsonSerializer.Serialize(request, JsonDefaults.Options), cancellationToken);

    private static string RequestPayload(string workspaceId, string webTaskId) => $"{workspaceId}/{webTaskId}/request.json";
}
