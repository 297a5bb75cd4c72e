using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WebTasks.Api.Http;
using WebTasks.Browser.Sandbox;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Core.Schema;
using WebTasks.Storage.Reuse;

namespace WebTasks.Api;

/// <summary>Beyond Intuned: every saved script is visible, versioned, replaceable and can be rolled back. Served by both hosts.</summary>
public sealed class ReuseKeyHandlers(ApiGate gate, ReuseKeyStore keys, IOptionsMonitor<WebTasksOptions> options)
{
    public Task<IResult> ListAsync(HttpContext http, string workspaceId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var rows = await keys.ListKeysAsync(workspaceId, http.RequestAborted);
        return Errors.Ok(new ReuseKeyListResponse([.. rows.OrderBy(k => k.RowKey, StringComparer.Ordinal)
            .Select(k => new ReuseKeySummary(k.RowKey, k.RevisionId, k.RevisionTimestamp, k.Author, k.SourceWebTaskId, k.RevisionCount))]));
    });

    public Task<IResult> ShowAsync(HttpContext http, string workspaceId, string key) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var current = Ids.IsValidReuseKey(key) ? await keys.GetCurrentAsync(workspaceId, key, http.RequestAborted) : null;
        return current is null ? NoKey(http, key) : Errors.Ok(ToResponse(current));
    });

    public Task<IResult> RevisionsAsync(HttpContext http, string workspaceId, string key) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var pointer = Ids.IsValidReuseKey(key) ? await keys.GetKeyAsync(workspaceId, key, http.RequestAborted) : null;
        if (pointer is null)
        {
            return NoKey(http, key);
        }

        var revisions = await keys.ListRevisionsAsync(workspaceId, key, http.RequestAborted);
        return Errors.Ok(new RevisionListResponse(key, [.. revisions.Select(r => new RevisionResponse(r.RowKey, r.CreatedAt, r.Author, r.SourceWebTaskId, r.RestoredFrom, r.RowKey == pointer.RevisionId))]));
    });

    /// <summary>One revision with its code, current or not: what a diff between two revisions needs.</summary>
    public Task<IResult> RevisionAsync(HttpContext http, string workspaceId, string key, string revisionId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
    {
        var wellFormed = Ids.IsValidReuseKey(key) && revisionId.StartsWith("rev_", StringComparison.Ordinal) && revisionId.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        var revision = wellFormed ? await keys.GetRevisionAsync(workspaceId, key, revisionId, http.RequestAborted) : null;
        return revision is null ? Errors.NotFound(http, $"Reuse key '{key}' has no revision '{revisionId}'.") : Errors.Ok(ToResponse(revision));
    });

    public Task<IResult> PutCodeAsync(HttpContext http, string workspaceId, string key) => gate.RunAsync(http, workspaceId, Access.Write, async () =>
    {
        if (!Ids.IsValidReuseKey(key))
        {
            return Errors.BadRequest(http, $"The reuse key must be {Ids.ReuseKeyRule}.");
        }

        var limits = options.CurrentValue.Limits;
        var body = await BodyReader.ReadJsonObjectAsync(http.Request, limits.MaxCodeChars * 2 + 65_536, http.RequestAborted);
        if (body["code"] is not JsonValue codeValue || !codeValue.TryGetValue<string>(out var code) || string.IsNullOrWhiteSpace(code))
        {
            return Errors.BadRequest(http, "'code' is required: the script as a string, defining " + ScriptSandbox.Signature + ".");
        }

        if (code.Length > limits.MaxCodeChars)
        {
            return Errors.BadRequest(http, $"'code' is {code.Length} characters long; the limit is {limits.MaxCodeChars}.");
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

        var revision = await keys.SaveRevisionAsync(workspaceId, key, Ids.NewRevisionId(), code, schema, Authors.User, null, http.RequestAborted);
        return Errors.Ok(ToResponse(revision));
    });

    public Task<IResult> RollbackAsync(HttpContext http, string workspaceId, string key) => gate.RunAsync(http, workspaceId, Access.Write, async () =>
    {
        var body = await BodyReader.ReadJsonObjectAsync(http.Request, 16 * 1024, http.RequestAborted);
        if (body["revisionId"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var revisionId) || revisionId.Length == 0)
        {
            return Errors.BadRequest(http, "'revisionId' is required: the revision to make current again.");
        }

        if (!Ids.IsValidReuseKey(key) || await keys.GetKeyAsync(workspaceId, key, http.RequestAborted) is null)
        {
            return NoKey(http, key);
        }

        var revision = await keys.RollbackAsync(workspaceId, key, revisionId, Ids.NewRevisionId(), http.RequestAborted);
        return revision is null
            ? Errors.NotFound(http, $"Reuse key '{key}' has no revision '{revisionId}'.")
            : Errors.Ok(ToResponse(revision));
    });

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
