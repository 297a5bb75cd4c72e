using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WebTasks.Api.Http;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Core.Schema;
using WebTasks.Pipeline;
using WebTasks.Storage.Tasks;

namespace WebTasks.Api.Runs;

/// <summary>Ours: the workspace's runs newest first, what each was started with, and the output schema check a form runs as you type.</summary>
public sealed class RunHandlers(ApiGate gate, RunIndex index, TaskRequests requests, IOptionsMonitor<WebTasksOptions> options)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    private static readonly string[] Statuses = [WebTaskStatus.Pending, WebTaskStatus.Started, WebTaskStatus.Completed];
    private static readonly string[] Outcomes = [WebTaskOutcome.Success, WebTaskOutcome.Failed];

    public Task<IResult> ListAsync(HttpContext http, string workspaceId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var query = http.Request.Query;
        var filter = new RunFilter(
            OneOf(query["status"], "status", Statuses),
            OneOf(query["outcome"], "outcome", Outcomes),
            ReuseKey(query["reuseKey"]));
        string? token = query["continuationToken"];
        var page = await index.ListAsync(workspaceId, filter, Limit(query["limit"]), string.IsNullOrEmpty(token) ? null : token, http.RequestAborted);
        return Errors.Ok(new WebTaskListResponse([.. page.Runs.Select(Summary)], page.ContinuationToken));
    });

    public Task<IResult> RequestAsync(HttpContext http, string workspaceId, string webTaskId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var stored = Ids.IsValidWebTaskId(webTaskId) ? await requests.FindAsync(workspaceId, webTaskId, http.RequestAborted) : null;
        if (stored is not { } found)
        {
            return Errors.NotFound(http, $"No web task '{webTaskId}' in this workspace.");
        }

        var request = SecretMask.Apply(found.Request);
        return Errors.Ok(new WebTaskRequestResponse(
            webTaskId, request.Task, request.StartUrl, request.Parameters, request.OutputSchema, found.Task.ReuseKey, request.Model, request.Proxy, request.Auth));
    });

    public Task<IResult> ValidateOutputSchemaAsync(HttpContext http, string workspaceId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var schema = await BodyReader.ReadJsonObjectAsync(http.Request, options.CurrentValue.Limits.MaxRequestBytes, http.RequestAborted);
        try
        {
            OutputSchema.Parse(schema);
            return Errors.Ok(new OutputSchemaValidation(true, []));
        }
        catch (BadRequestException invalid)
        {
            return Errors.Ok(new OutputSchemaValidation(false, invalid.Details ?? [invalid.Message]));
        }
    });

    private static WebTaskSummary Summary(RunIndexEntity run) => new(
        run.WebTaskId,
        run.Status,
        run.Outcome,
        run.ErrorCode,
        run.ReuseKey,
        run.Model,
        RunFigures.Cost(run.AiUsd, run.ComputeHours),
        RunFigures.Timings(run.CreatedAt, run.StartedAt, run.CompletedAt),
        run.HasTrace);

    private static string? OneOf(string? value, string name, string[] allowed) =>
        string.IsNullOrEmpty(value) ? null
        : allowed.Contains(value, StringComparer.Ordinal) ? value
        : throw new BadRequestException($"'{name}' must be one of {string.Join(", ", allowed)}; got '{value}'.");

    private static string? ReuseKey(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : Ids.IsValidReuseKey(value) ? value
        : throw new BadRequestException($"'reuseKey' must be {Ids.ReuseKeyRule}.");

    private static int Limit(string? value) =>
        string.IsNullOrEmpty(value) ? DefaultLimit
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit ? limit
        : throw new BadRequestException($"'limit' must be a whole number from 1 to {MaxLimit}; got '{value}'.");
}
