using Microsoft.DurableTask.Client;
using WebTasks.Api;
using WebTasks.Api.Runs;
using WebTasks.Core.Contracts;
using WebTasks.Server.OpenApi;

namespace WebTasks.Server.Endpoints;

/// <summary>The public API's routes, each a thin call into the handlers the Functions app serves as well.</summary>
internal static class ApiRoutes
{
    public static void MapWebTasksApi(this IEndpointRouteBuilder app)
    {
        var workspace = app.MapGroup("/api/v1/workspace/{workspaceId}").ProducesApiErrors();

        workspace.MapPost("/web-tasks/start", (HttpContext http, string workspaceId, WebTaskHandlers h, DurableTaskClient durable) => h.StartAsync(http, workspaceId, durable))
            .WithName("StartWebTask").WithSummary("Start a web task; answers at once with its id")
            .Accepts<StartWebTaskBody>("application/json").Produces<StartResponse>();
        workspace.MapGet("/web-tasks/{webTaskId}/result", (HttpContext http, string workspaceId, string webTaskId, string? wait, WebTaskHandlers h, DurableTaskClient durable) =>
                h.ResultAsync(http, workspaceId, webTaskId, wait, durable))
            .WithName("GetWebTaskResult").WithSummary("The task's status and, once completed, its outcome, result or error, reuse, cost and timings")
            .WithDescription("With `wait` (seconds, 0 to 60; ours, not Intuned's) the answer comes once the task completes or the time has passed, whichever is first: one request instead of a polling loop.")
            .Produces<WebTaskResultResponse>();
        workspace.MapPost("/web-tasks/{webTaskId}/cancel", (HttpContext http, string workspaceId, string webTaskId, WebTaskHandlers h, DurableTaskClient durable) =>
                h.CancelAsync(http, workspaceId, webTaskId, durable))
            .WithName("CancelWebTask").WithSummary("Cancel a pending or running task (ours): it completes failed with error.code cancelled, its key is free at once, nothing is saved")
            .Produces<WebTaskResultResponse>();
        workspace.MapGet("/web-tasks/{webTaskId}/trace", (HttpContext http, string workspaceId, string webTaskId, WebTaskHandlers h) => h.TraceAsync(http, workspaceId, webTaskId))
            .WithName("GetWebTaskTrace").WithSummary("The run's Playwright trace (zip)").Produces(StatusCodes.Status200OK, contentType: "application/zip");

        workspace.MapGet("/web-tasks", (HttpContext http, string workspaceId, RunHandlers h) => h.ListAsync(http, workspaceId))
            .WithName("ListWebTasks").WithSummary("The workspace's runs, newest first (ours)")
            .WithDescription("Query: `status` (pending, started, completed), `outcome` (success, failed), `reuseKey`, `limit` (1 to 200, default 50), " +
                             "`continuationToken` (from the previous page; opaque). Filters are applied by the server; a page may be the last one even when full.")
            .Produces<WebTaskListResponse>();
        workspace.MapGet("/web-tasks/{webTaskId}/request", (HttpContext http, string workspaceId, string webTaskId, RunHandlers h) => h.RequestAsync(http, workspaceId, webTaskId))
            .WithName("GetWebTaskRequest").WithSummary("What the run was started with: task, start URL, parameters, output schema; secrets masked (ours)")
            .Produces<WebTaskRequestResponse>();
        workspace.MapGet("/reuse-keys/{key}/revisions/{revisionId}", (HttpContext http, string workspaceId, string key, string revisionId, ReuseKeyHandlers h) =>
                h.RevisionAsync(http, workspaceId, key, revisionId))
            .WithName("GetRevision").WithSummary("One revision of the key with its code, current or not (ours)").Produces<ReuseKeyResponse>();
        workspace.MapPost("/output-schemas/validate", (HttpContext http, string workspaceId, RunHandlers h) => h.ValidateOutputSchemaAsync(http, workspaceId))
            .WithName("ValidateOutputSchema").WithSummary("Whether a start request would accept this outputSchema, and every reason it would not (ours)")
            .Accepts<object>("application/json").Produces<OutputSchemaValidation>();

        workspace.MapGet("/reuse-keys", (HttpContext http, string workspaceId, ReuseKeyHandlers h) => h.ListAsync(http, workspaceId))
            .WithName("ListReuseKeys").WithSummary("The workspace's reuse keys with their current revision").Produces<ReuseKeyListResponse>();
        workspace.MapGet("/reuse-keys/{key}", (HttpContext http, string workspaceId, string key, ReuseKeyHandlers h) => h.ShowAsync(http, workspaceId, key))
            .WithName("GetReuseKey").WithSummary("The key's current revision with its code").Produces<ReuseKeyResponse>();
        workspace.MapGet("/reuse-keys/{key}/revisions", (HttpContext http, string workspaceId, string key, ReuseKeyHandlers h) => h.RevisionsAsync(http, workspaceId, key))
            .WithName("ListRevisions").WithSummary("The key's revisions, newest first").Produces<RevisionListResponse>();
        workspace.MapPut("/reuse-keys/{key}/code", (HttpContext http, string workspaceId, string key, ReuseKeyHandlers h) => h.PutCodeAsync(http, workspaceId, key))
            .WithName("PutReuseKeyCode").WithSummary("Save a script as the key's new current revision (refused if it does not parse)")
            .Accepts<PutCodeRequest>("application/json").Produces<ReuseKeyResponse>();
        workspace.MapPost("/reuse-keys/{key}/rollback", (HttpContext http, string workspaceId, string key, ReuseKeyHandlers h) => h.RollbackAsync(http, workspaceId, key))
            .WithName("RollbackReuseKey").WithSummary("Make an older revision current again, as a new revision")
            .Accepts<RollbackRequest>("application/json").Produces<ReuseKeyResponse>();

        workspace.MapPost("/auth-sessions", (HttpContext http, string workspaceId, AuthSessionHandlers h) => h.CaptureAsync(http, workspaceId))
            .WithName("CaptureAuthSession").WithSummary("Store a captured browser session (Playwright storage state), encrypted; start tasks with its id as auth")
            .Accepts<CaptureAuthSessionBody>("application/json").Produces<AuthSessionResponse>();
        workspace.MapGet("/auth-sessions", (HttpContext http, string workspaceId, AuthSessionHandlers h) => h.ListAsync(http, workspaceId))
            .WithName("ListAuthSessions").WithSummary("The workspace's auth sessions, newest first (never their cookies or storage)").Produces<AuthSessionListResponse>();
        workspace.MapGet("/auth-sessions/{authSessionId}", (HttpContext http, string workspaceId, string authSessionId, AuthSessionHandlers h) => h.ShowAsync(http, workspaceId, authSessionId))
            .WithName("GetAuthSession").WithSummary("One auth session (never its cookies or storage)").Produces<AuthSessionResponse>();
        workspace.MapDelete("/auth-sessions/{authSessionId}", (HttpContext http, string workspaceId, string authSessionId, AuthSessionHandlers h) => h.DeleteAsync(http, workspaceId, authSessionId))
            .WithName("DeleteAuthSession").WithSummary("Delete an auth session; tasks that name it afterwards are refused").Produces(StatusCodes.Status204NoContent);
    }
}
