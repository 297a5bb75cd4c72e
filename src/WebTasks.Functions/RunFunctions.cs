using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using WebTasks.Api;
using WebTasks.Api.Runs;

namespace WebTasks.Functions;

/// <summary>The routes the dashboard added to the API (runs list, a run's request, one revision, the schema check), as the self-host serves them.</summary>
public sealed class RunFunctions(RunHandlers runs, ReuseKeyHandlers reuseKeys)
{
    private const string Workspace = "api/v1/workspace/{workspaceId}";

    [Function("ListWebTasks")]
    public Task<IResult> ListRunsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/web-tasks")] HttpRequest request, string workspaceId) =>
        runs.ListAsync(request.HttpContext, workspaceId);

    [Function("GetWebTaskRequest")]
    public Task<IResult> RunRequestAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/web-tasks/{webTaskId}/request")] HttpRequest request, string workspaceId, string webTaskId) =>
        runs.RequestAsync(request.HttpContext, workspaceId, webTaskId);

    [Function("GetRevision")]
    public Task<IResult> RevisionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Workspace + "/reuse-keys/{key}/revisions/{revisionId}")] HttpRequest request, string workspaceId, string key, string revisionId) =>
        reuseKeys.RevisionAsync(request.HttpContext, workspaceId, key, revisionId);

    [Function("ValidateOutputSchema")]
    public Task<IResult> ValidateOutputSchemaAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Workspace + "/output-schemas/validate")] HttpRequest request, string workspaceId) =>
        runs.ValidateOutputSchemaAsync(request.HttpContext, workspaceId);
}
