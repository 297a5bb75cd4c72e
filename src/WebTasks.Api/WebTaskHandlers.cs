using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using WebTasks.Api.Http;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline;
using WebTasks.Pipeline.Auth;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;

namespace WebTasks.Api;

/// <summary>Intuned's Web Tasks API: start a task, read its result; and ours: its trace. Served by both hosts.</summary>
public sealed class WebTaskHandlers(
    ApiGate gate, WebTaskSubmitter submitter, WebTaskCanceller canceller, ResultReader results, TaskStore tasks, FileStore files, AuthSessions sessions,
    IOptionsMonitor<WebTasksOptions> options)
{
    public Task<IResult> StartAsync(HttpContext http, string workspaceId, DurableTaskClient durable) => gate.RunAsync(http, workspaceId, Access.Write, async () =>
    {
        var settings = options.CurrentValue;
        var body = await BodyReader.ReadAsync(http.Request, settings.Limits.MaxRequestBytes, http.RequestAborted);
        var request = RequestParser.Parse(body, settings.Limits, DefaultModel(settings));
        if (request.Auth is { } auth && await sessions.GetAsync(workspaceId, auth, http.RequestAborted) is null)
        {
            throw new BadRequestException(
                $"'auth' names auth session '{auth}', which does not exist in this workspace (it may have been deleted): capture one with POST …/auth-sessions.");
        }

        var task = await submitter.SubmitAsync(workspaceId, request, durable, http.RequestAborted);
        return Errors.Ok(new StartResponse(task.RowKey, task.Status));
    });

    public Task<IResult> ResultAsync(HttpContext http, string workspaceId, string webTaskId, string? wait, DurableTaskClient durable) =>
        gate.RunAsync(http, workspaceId, Access.Read, () => ResultAsync(http, workspaceId, webTaskId, WaitParameter(wait), durable));

    private async Task<IResult> ResultAsync(HttpContext http, string workspaceId, string webTaskId, TimeSpan wait, DurableTaskClient durable)
    {
        var result = !Ids.IsValidWebTaskId(webTaskId) ? null
            : wait > TimeSpan.Zero ? await results.WaitAsync(workspaceId, webTaskId, wait, durable, http.RequestAborted)
            : await results.ReadAsync(workspaceId, webTaskId, durable, http.RequestAborted);
        return result is null ? Errors.NotFound(http, $"No web task '{webTaskId}' in this workspace.") : Errors.Ok(result);
    }

    /// <summary><c>?wait=N</c>: answer once the task completes or after N seconds (0 to 60), whichever is first.</summary>
    private static TimeSpan WaitParameter(string? value)
    {
        if (value is null)
        {
            return TimeSpan.Zero;
        }

        var max = (int)ResultReader.MaxWait.TotalSeconds;
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds <= max
            ? TimeSpan.FromSeconds(seconds)
            : throw new BadRequestException($"'wait' must be a whole number of seconds from 0 to {max}; got '{value}'.");
    }

    /// <summary>Ours: cancels a pending or started task; a completed one is a 409 that says how it ended.</summary>
    public Task<IResult> CancelAsync(HttpContext http, string workspaceId, string webTaskId, DurableTaskClient durable) => gate.RunAsync(http, workspaceId, Access.Write, async () =>
    {
        var outcome = Ids.IsValidWebTaskId(webTaskId) ? await canceller.CancelAsync(workspaceId, webTaskId, durable, http.RequestAborted) : null;
        return outcome switch
        {
            null => Errors.NotFound(http, $"No web task '{webTaskId}' in this workspace."),
            { Cancelled: false } => Errors.Conflict(http, $"Web task '{webTaskId}' has already completed ({outcome.Task.Outcome}); there is nothing to cancel."),
            _ => Errors.Ok(await results.BuildAsync(outcome.Task, http.RequestAborted)),
        };
    });

    public Task<IResult> TraceAsync(HttpContext http, string workspaceId, string webTaskId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var task = Ids.IsValidWebTaskId(webTaskId) ? await tasks.GetAsync(workspaceId, webTaskId, http.RequestAborted) : null;
        if (task is null)
        {
            return Errors.NotFound(http, $"No web task '{webTaskId}' in this workspace.");
        }

        if (task.TraceBlob is null)
        {
            return Errors.NotFound(http, task.Status == WebTaskStatus.Completed
                ? $"Web task '{webTaskId}' has no trace: it ended before a browser was opened, or it succeeded on saved code (with WebTasks:Browser:Trace " +
                  "retain-on-failure, the default, traces are kept for failed runs and for runs that write or repair a script)."
                : $"Web task '{webTaskId}' is {task.Status}; its trace is stored when the run ends.");
        }

        var content = await files.Trace(workspaceId, webTaskId).OpenReadAsync(cancellationToken: http.RequestAborted);
        return Results.File(content, "application/zip", $"{webTaskId}-trace.zip");
    });

    /// <summary><c>WebTasks:Ai:DefaultModel</c>, else <c>haiku</c> when a provider is configured, else <c>none</c>.</summary>
    public static string DefaultModel(WebTasksOptions options) =>
        options.Ai.DefaultModel is { Length: > 0 } model ? model
        : string.IsNullOrEmpty(options.Ai.Provider) ? Models.None
        : Models.Haiku;
}
