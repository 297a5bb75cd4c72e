using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using WebTasks.Api;

namespace WebTasks.Functions;

/// <summary>The public API as HTTP triggers, route for route as the self-host serves it, each a call into the shared handlers.</summary>
public sealed class ApiFunctions(WebTaskHandlers webTasks, ReuseKeyHandlers reuseKeys)
{
    private const string Workspace = "api/v1/workspace/{workspaceId}";

    [Function("StartWebTask")]
    public Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Workspace + "/web-tasks/start")] HttpRequest request, string workspaceId, [DurableClient] DurableTaskClient durable) =>
        webTasks.StartAsync(request.HttpContext, workspaceId, durable);

    [Function("GetWebTaskResult")]
    public Task<IResult> ResultAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/web-tasks/{webTaskId}/result")] HttpRequest request, string workspaceId, string webTaskId,
        [DurableClient] DurableTaskClient durable) =>
        webTasks.ResultAsync(request.HttpContext, workspaceId, webTaskId, request.Query["wait"], durable);

    [Function("CancelWebTask")]
    public Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Workspace + "/web-tasks/{webTaskId}/cancel")] HttpRequest request, string workspaceId, string webTaskId,
        [DurableClient] DurableTaskClient durable) =>
        webTasks.CancelAsync(request.HttpContext, workspaceId, webTaskId, durable);

    [Function("GetWebTaskTrace")]
    public Task<IResult> TraceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/web-tasks/{webTaskId}/trace")] HttpRequest request, string workspaceId, string webTaskId) =>
        webTasks.TraceAsync(request.HttpContext, workspaceId, webTaskId);

    [Function("ListReuseKeys")]
    public Task<IResult> ListKeysAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/reuse-keys")] HttpRequest request, string workspaceId) =>
        reuseKeys.ListAsync(request.HttpContext, workspaceId);

    [Function("GetReuseKey")]
    public Task<IResult> ShowKeyAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/reuse-keys/{key}")] HttpRequest request, string workspaceId, string key) =>
        reuseKeys.ShowAsync(request.HttpContext, workspaceId, key);

    [Function("ListRevisions")]
    public Task<IResult> RevisionsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/reuse-keys/{key}/revisions")] HttpRequest request, string workspaceId, string key) =>
        reuseKeys.RevisionsAsync(request.HttpContext, workspaceId, key);

    [Function("PutReuseKeyCode")]
    public Task<IResult> PutCodeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Workspace + "/reuse-keys/{key}/code")] HttpRequest request, string workspaceId, string key) =>
        reuseKeys.PutCodeAsync(request.HttpContext, workspaceId, key);

    [Function("RollbackReuseKey")]
    public Task<IResult> RollbackAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Workspace + "/reuse-keys/{key}/rollback")] HttpRequest request, string workspaceId, string key) =>
        reuseKeys.RollbackAsync(request.HttpContext, workspaceId, key);

    [Function("OpenApiDocument")]
    public IResult OpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi/v1.json")] HttpRequest request) =>
        Results.Stream(OpenApiDocument.Open(), "application/json");

    [Function("Health")]
    public IResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request) => Results.Ok(new { status = "ok" });
}
