namespace WebTasks.Storage;

/// <summary>
/// Where the storage account is. A connection string (Azurite: <c>UseDevelopmentStorage=true</c>) or, in Azure,
/// the three service URIs reached with the managed identity (shared keys may then be disabled).
/// </summary>
public sealed class StorageOptions
{
    public string? ConnectionString { get; set; }
    public Uri? BlobServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity, when there is one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix of every table, queue and container name (lowercase letters and digits), so several services can share an account.</summary>
    public string Prefix { get; set; } = "";
}
