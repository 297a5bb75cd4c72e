using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline;
using WebTasks.Pipeline.Results;
using WebTasks.Server.Http;
using WebTasks.Server.OpenApi;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Server.Endpoints;

/// <summary>Intuned's Web Tasks API: start a task, read its result; and ours: its trace.</summary>
internal static class WebTaskEndpoints
{
    public static RouteGroupBuilder MapWebTasks(this RouteGroupBuilder workspace)
    {
        workspace.MapPost("/web-tasks/start", StartAsync).WithName("StartWebTask")
            .WithSummary("Start a web task; answers at once with its id")
            .Accepts<StartWebTaskBody>("application/json").Produces<StartResponse>();
        workspace.MapGet("/web-tasks/{webTaskId}/result", ResultAsync).WithName("GetWebTaskResult")
            .WithSummary("The task's status and, once completed, its outcome, result or error, reuse, cost and timings")
            .Produces<WebTaskResultResponse>();
        workspace.MapGet("/web-tasks/{webTaskId}/trace", TraceAsync).WithName("GetWebTaskTrace")
            .WithSummary("The run's Playwright trace (zip)").Produces(StatusCodes.Status200OK, contentType: "application/zip");
        return workspace;
    }

    private static async Task<IResult> StartAsync(
        string workspaceId, HttpContext http, WebTaskSubmitter submitter, IOptionsSnapshot<WebTasksOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = await BodyReader.ReadAsync(http.Request, settings.Limits.MaxRequestBytes, cancellationToken);
        var request = RequestParser.Parse(body, settings.Limits, DefaultModel(settings));
        var task = await submitter.SubmitAsync(workspaceId, request, cancellationToken);
        return Results.Ok(new StartResponse(task.RowKey, task.Status));
    }

    private static async Task<IResult> ResultAsync(string workspaceId, string webTaskId, HttpContext http, ResultReader results, CancellationToken cancellationToken)
    {
        var result = Ids.IsValidWebTaskId(webTaskId) ? await results.ReadAsync(workspaceId, webTaskId, cancellationToken) : null;
        return result is null ? Errors.NotFound(http, $"No web task '{webTaskId}' in this workspace.") : Results.Ok(result);
    }

    private static async Task<IResult> TraceAsync(string workspaceId, string webTaskId, HttpContext http, TaskStore tasks, FileStore files, CancellationToken cancellationToken)
    {
        var task = Ids.IsValidWebTaskId(webTaskId) ? await tasks.GetAsync(workspaceId, webTaskId, cancellationToken) : null;
        if (task is null)
        {
            return Errors.NotFound(http, $"No web task '{webTaskId}' in this workspace.");
        }

        if (task.TraceBlob is null)
        {
            return Errors.NotFound(http, task.Status == WebTaskStatus.Completed
                ? $"Web task '{webTaskId}' has no trace (it ended before a browser was opened)."
                : $"Web task '{webTaskId}' is {task.Status}; its trace is stored when the run ends.");
        }

        var blob = files.Trace(workspaceId, webTaskId);
        var content = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        return Results.File(content, "application/zip", $"{webTaskId}-trace.zip");
    }

    /// <summary><c>WebTasks:Ai:DefaultModel</c>, else <c>haiku</c> when a provider is configured, else <c>none</c>.</summary>
    internal static string DefaultModel(WebTasksOptions options) =>
        options.Ai.DefaultModel is { Length: > 0 } model ? model
        : string.IsNullOrEmpty(options.Ai.Provider) ? Models.None
        : Models.Haiku;
}
