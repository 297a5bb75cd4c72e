using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Storage.Auth;

namespace WebTasks.Pipeline.Auth;

/// <summary>A session ready for a run's browser context: its state cut down to its domains, and the values to hide.</summary>
public sealed record LoadedSession(string Id, string StorageState, bool Refresh, IReadOnlyList<string> Secrets, IReadOnlyList<string> Domains);

/// <summary>
/// Captured browser sessions (<c>wta_…</c>): stored encrypted with a key of the workspace's own (Data Protection, purpose
/// per workspace, key ring in blob storage), so neither another workspace nor a reader of the table can use them.
/// </summary>
public sealed class AuthSessions(AuthSessionStore store, IDataProtectionProvider protection)
{
    private IDataProtector Protector(string workspaceId) => protection.CreateProtector("WebTasks.AuthSessions.v1", workspaceId);

    public async Task<AuthSessionResponse> CaptureAsync(string workspaceId, CaptureSessionRequest request, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var session = new AuthSessionEntity
        {
            PartitionKey = workspaceId,
            RowKey = Ids.NewAuthSessionId(),
            Name = request.Name,
            Domains = JsonSerializer.Serialize(request.Domains),
            Refresh = request.Refresh,
            CreatedAt = now,
        };
        Seal(session, request.StorageState, now);
        await store.AddAsync(session, cancellationToken);
        return Describe(session);
    }

    public async Task<AuthSessionResponse?> GetAsync(string workspaceId, string id, CancellationToken cancellationToken) =>
        Ids.IsValidAuthSessionId(id) && await store.GetAsync(workspaceId, id, cancellationToken) is { } session ? Describe(session) : null;

    public async Task<IReadOnlyList<AuthSessionResponse>> ListAsync(string workspaceId, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(workspaceId, cancellationToken)).OrderByDescending(s => s.CreatedAt).Select(Describe)];

    public async Task<bool> DeleteAsync(string workspaceId, string id, CancellationToken cancellationToken) =>
        Ids.IsValidAuthSessionId(id) && await store.DeleteAsync(workspaceId, id, cancellationToken);

    /// <summary>The decrypted session for a run of this workspace; null when it does not exist (or was deleted).</summary>
    public async Task<LoadedSession?> LoadAsync(string workspaceId, string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(workspaceId, id, cancellationToken) is not { } session)
        {
            return null;
        }

        JsonObject state;
        try
        {
            state = (JsonObject)JsonNode.Parse(Protector(workspaceId).Unprotect(session.ProtectedState))!;
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"Auth session {id} cannot be decrypted (its key is gone from the key ring): capture it again.", ex);
        }

        var domains = JsonSerializer.Deserialize<string[]>(session.Domains) ?? [];
        return new LoadedSession(id, StorageStates.FilterTo(state, domains).ToJsonString(), session.Refresh, StorageStates.SecretsOf(state), domains);
    }

    /// <summary>Saves back the state a run ended with (cookies the site renewed), within the session's domains.</summary>
    public async Task RefreshAsync(string workspaceId, LoadedSession loaded, string storageState, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(workspaceId, loaded.Id, cancellationToken) is not { } session)
        {
            return;
        }

        Seal(session, StorageStates.FilterTo((JsonObject)JsonNode.Parse(storageState)!, loaded.Domains), DateTimeOffset.UtcNow);
        await store.UpdateAsync(session, cancellationToken);
    }

    private void Seal(AuthSessionEntity session, JsonObject state, DateTimeOffset now)
    {
        session.ProtectedState = Protector(session.PartitionKey).Protect(state.ToJsonString());
        session.CookieCount = StorageStates.CookieCount(state);
        session.OriginCount = StorageStates.OriginCount(state);
        session.ExpiresAt = StorageStates.EarliestExpiry(state);
        session.UpdatedAt = now;
    }

    private static AuthSessionResponse Describe(AuthSessionEntity s) => new(
        s.RowKey, s.Name, JsonSerializer.Deserialize<string[]>(s.Domains) ?? [], s.Refresh, s.CookieCount, s.OriginCount, s.ExpiresAt, s.CreatedAt, s.UpdatedAt);
}
