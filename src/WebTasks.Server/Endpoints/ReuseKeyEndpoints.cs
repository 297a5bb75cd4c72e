using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WebTasks.Browser.Sandbox;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Core.Schema;
using WebTasks.Server.Http;
using WebTasks.Storage.Reuse;

namespace WebTasks.Server.Endpoints;

/// <summary>Beyond Intuned: every saved script is visible, versioned, replaceable and can be rolled back.</summary>
internal static class ReuseKeyEndpoints
{
    public static RouteGroupBuilder MapReuseKeys(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/reuse-keys", ListAsync).WithName("ListReuseKeys")
            .WithSummary("The workspace's reuse keys with their current revision").Produces<ReuseKeyListResponse>();
        workspace.MapGet("/reuse-keys/{key}", ShowAsync).WithName("GetReuseKey")
            .WithSummary("The key's current revision with its code").Produces<ReuseKeyResponse>();
        workspace.MapGet("/reuse-keys/{key}/revisions", RevisionsAsync).WithName("ListRevisions")
            .WithSummary("The key's revisions, newest first").Produces<RevisionListResponse>();
        workspace.MapPut("/reuse-keys/{key}/code", PutCodeAsync).WithName("PutReuseKeyCode")
            .WithSummary("Save a script as the key's new current revision (refused if it does not parse)")
            .Accepts<PutCodeRequest>("application/json").Produces<ReuseKeyResponse>();
        workspace.MapPost("/reuse-keys/{key}/rollback", RollbackAsync).WithName("RollbackReuseKey")
            .WithSummary("Make an older revision current again, as a new revision")
            .Accepts<RollbackRequest>("application/json").Produces<ReuseKeyResponse>();
        return workspace;
    }

    private static async Task<IResult> ListAsync(string workspaceId, ReuseKeyStore keys, CancellationToken cancellationToken)
    {
        var rows = await keys.ListKeysAsync(workspaceId, cancellationToken);
        return Results.Ok(new ReuseKeyListResponse([.. rows.OrderBy(k => k.RowKey, StringComparer.Ordinal)
            .Select(k => new ReuseKeySummary(k.RowKey, k.RevisionId, k.RevisionTimestamp, k.Author, k.SourceWebTaskId, k.RevisionCount))]));
    }

    private static async Task<IResult> ShowAsync(string workspaceId, string key, HttpContext http, ReuseKeyStore keys, CancellationToken cancellationToken)
    {
        var current = Ids.IsValidReuseKey(key) ? await keys.GetCurrentAsync(workspaceId, key, cancellationToken) : null;
        return current is null ? NoKey(http, key) : Results.Ok(ToResponse(current));
    }

    private static async Task<IResult> RevisionsAsync(string workspaceId, string key, HttpContext http, ReuseKeyStore keys, CancellationToken cancellationToken)
    {
        var pointer = Ids.IsValidReuseKey(key) ? await keys.GetKeyAsync(workspaceId, key, cancellationToken) : null;
        if (pointer is null)
        {
            return NoKey(http, key);
        }

        var revisions = await keys.ListRevisionsAsync(workspaceId, key, cancellationToken);
        return Results.Ok(new RevisionListResponse(key, [.. revisions.Select(r => new RevisionResponse(r.RowKey, r.CreatedAt, r.Author, r.SourceWebTaskId, r.RestoredFrom, r.RowKey == pointer.RevisionId))]));
    }

    private static async Task<IResult> PutCodeAsync(
        string workspaceId, string key, HttpContext http, ReuseKeyStore keys, IOptionsSnapshot<WebTasksOptions> options, CancellationToken cancellationToken)
    {
        if (!Ids.IsValidReuseKey(key))
        {
            return Errors.BadRequest(http, $"The reuse key must be {Ids.ReuseKeyRule}.");
        }

        var body = await ReadJsonAsync(http, options.Value.Limits.MaxCodeChars * 2 + 65_536, cancellationToken);
        if (body["code"] is not JsonValue codeValue || !codeValue.TryGetValue<string>(out var code) || string.IsNullOrWhiteSpace(code))
        {
            return Errors.BadRequest(http, "'code' is required: the script as a string, defining " + ScriptSandbox.Signature + ".");
        }

        if (code.Length > options.Value.Limits.MaxCodeChars)
        {
            return Errors.BadRequest(http, $"'code' is {code.Length} characters long; the limit is {options.Value.Limits.MaxCodeChars}.");
        }

        if (ScriptSandbox.Check(code) is { } problem)
        {
            return Errors.BadRequest(http, "'code' was not accepted: " + problem, [problem.ToString()]);
        }

        string? schema = null;
        if (body["outputSchema"] is { } schemaNode)
        {
            if (schemaNode is not JsonObject schemaObject)
            {
                return Errors.BadRequest(http, "'outputSchema' must be a JSON Schema object.");
            }

            schema = OutputSchema.Parse(schemaObject).Source.ToJsonString();
        }

        var revision = await keys.SaveRevisionAsync(workspaceId, key, Ids.NewRevisionId(), code, schema, Authors.User, null, cancellationToken);
        return Results.Ok(ToResponse(revision));
    }

    private static async Task<IResult> RollbackAsync(
        string workspaceId, string key, HttpContext http, ReuseKeyStore keys, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync(http, 16 * 1024, cancellationToken);
        if (body["revisionId"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var revisionId) || revisionId.Length == 0)
        {
            return Errors.BadRequest(http, "'revisionId' is required: the revision to make current again.");
        }

        if (!Ids.IsValidReuseKey(key) || await keys.GetKeyAsync(workspaceId, key, cancellationToken) is null)
        {
            return NoKey(http, key);
        }

        var revision = await keys.RollbackAsync(workspaceId, key, revisionId, Ids.NewRevisionId(), cancellationToken);
        return revision is null
            ? Errors.NotFound(http, $"Reuse key '{key}' has no revision '{revisionId}'.")
            : Results.Ok(ToResponse(revision));
    }

    private static async Task<JsonObject> ReadJsonAsync(HttpContext http, int limit, CancellationToken cancellationToken)
    {
        var bytes = await BodyReader.ReadAsync(http.Request, limit, cancellationToken);
        try
        {
            return JsonNode.Parse(bytes) as JsonObject ?? throw new BadRequestException("The request body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new BadRequestException("The request body is not valid JSON: " + ex.Message);
        }
    }

    private static ReuseKeyResponse ToResponse(Revision revision) => new(
        revision.Key,
        revision.RevisionId,
        revision.CreatedAt,
        revision.Author,
        revision.SourceWebTaskId,
        revision.Code,
        revision.OutputSchema is null ? null : JsonNode.Parse(revision.OutputSchema) as JsonObject);

    private static IResult NoKey(HttpContext http, string key) => Errors.NotFound(http, $"No reuse key '{key}' in this workspace.");
}
