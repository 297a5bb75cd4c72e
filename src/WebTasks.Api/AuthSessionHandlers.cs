using Microsoft.AspNetCore.Http;
using WebTasks.Api.Http;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Auth;

namespace WebTasks.Api;

/// <summary>
/// Captured browser sessions (<c>auth</c> on start): upload a Playwright storage state, list, show and delete them.
/// No answer ever holds a session's cookies or storage. Served by both hosts.
/// </summary>
public sealed class AuthSessionHandlers(ApiGate gate, AuthSessions sessions)
{
    public Task<IResult> CaptureAsync(HttpContext http, string workspaceId) => gate.RunAsync(http, workspaceId, Access.Write, async () =>
    {
        var body = await BodyReader.ReadAsync(http.Request, StorageStates.MaxBytes, http.RequestAborted);
        return Errors.Ok(await sessions.CaptureAsync(workspaceId, StorageStates.ParseCapture(body), http.RequestAborted));
    });

    public Task<IResult> ListAsync(HttpContext http, string workspaceId) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
        Errors.Ok(new AuthSessionListResponse(await sessions.ListAsync(workspaceId, http.RequestAborted))));

    public Task<IResult> ShowAsync(HttpContext http, string workspaceId, string id) => gate.RunAsync(http, workspaceId, Access.Read, async () =>
        await sessions.GetAsync(workspaceId, id, http.RequestAborted) is { } session ? Errors.Ok(session) : NoSession(http, id));

    public Task<IResult> DeleteAsync(HttpContext http, string workspaceId, string id) => gate.RunAsync(http, workspaceId, Access.Write, async () =>
        await sessions.DeleteAsync(workspaceId, id, http.RequestAborted) ? Results.NoContent() : NoSession(http, id));

    private static IResult NoSession(HttpContext http, string id) => Errors.NotFound(http, $"No auth session '{id}' in this workspace.");
}
