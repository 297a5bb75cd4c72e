using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Auth;

/// <summary>The workspaces' auth sessions; every read is by workspace, so one workspace never reaches another's.</summary>
public sealed class AuthSessionStore(StorageAccount account)
{
    private readonly TableClient _table = account.AuthSessionTable;

    public async Task AddAsync(AuthSessionEntity session, CancellationToken cancellationToken) => await _table.AddEntityAsync(session, cancellationToken);

    public async Task<AuthSessionEntity?> GetAsync(string workspaceId, string id, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<AuthSessionEntity>(workspaceId, id, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<AuthSessionEntity>> ListAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var sessions = new List<AuthSessionEntity>();
        await foreach (var session in _table.QueryAsync<AuthSessionEntity>(s => s.PartitionKey == workspaceId, cancellationToken: cancellationToken))
        {
            sessions.Add(session);
        }

        return sessions;
    }

    /// <summary>Replaces the session's state (a run refreshed it); a session deleted meanwhile stays deleted.</summary>
    public async Task<bool> UpdateAsync(AuthSessionEntity session, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateEntityAsync(session, ETag.All, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>False when there was nothing to delete (the table answers 404 without throwing).</summary>
    public async Task<bool> DeleteAsync(string workspaceId, string id, CancellationToken cancellationToken)
    {
        var response = await _table.DeleteEntityAsync(workspaceId, id, ETag.All, cancellationToken);
        return response.Status != 404;
    }
}
