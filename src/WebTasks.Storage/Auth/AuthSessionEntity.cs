using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Auth;

/// <summary>
/// A captured browser session (Playwright storage state) of one workspace. The state itself is kept only encrypted
/// (<see cref="ProtectedState"/>); the rest is what the API may show. PartitionKey is the workspace, RowKey the wta_ id.
/// </summary>
public sealed class AuthSessionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Name { get; set; }

    /// <summary>The hosts the session's cookies and storage may be sent to, as a JSON array.</summary>
    public string Domains { get; set; } = "[]";

    /// <summary>Whether runs that use the session save the cookies the site renewed back into it.</summary>
    public bool Refresh { get; set; } = true;

    public int CookieCount { get; set; }
    public int OriginCount { get; set; }

    /// <summary>The earliest expiry of the session's expiring cookies, when it has any.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The storage state, encrypted with the workspace's Data Protection purpose.</summary>
    public string ProtectedState { get; set; } = "";
}
