using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace WebTasks.Storage;

/// <summary>The service clients and the names of everything the pipeline keeps, created once per host.</summary>
public sealed class StorageAccount
{
    public StorageAccount(StorageOptions options)
    {
        Options = options;
        var prefix = options.Prefix;
        if (prefix.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)))
        {
            throw new ArgumentException("The storage prefix may hold only lowercase letters and digits.", nameof(options));
        }

        // The identity-based service URIs win: in Azure they are what infra/ sets, and a connection string left in
        // some settings file must not send a deployed service to the local emulator.
        if (options is { BlobServiceUri: not null, QueueServiceUri: not null, TableServiceUri: not null })
        {
            TokenCredential credential = string.IsNullOrEmpty(options.ManagedIdentityClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            Blobs = new BlobServiceClient(options.BlobServiceUri, credential);
            Tables = new TableServiceClient(options.TableServiceUri, credential);
            Credential = credential;
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString);
            Tables = new TableServiceClient(options.ConnectionString);
        }
        else
        {
            throw new InvalidOperationException(
                "Storage is not configured: set ConnectionStrings:Storage, or WebTasks:Storage:BlobServiceUri, QueueServiceUri and TableServiceUri.");
        }

        TaskTable = Tables.GetTableClient(prefix + "webtasks");
        KeyTable = Tables.GetTableClient(prefix + "reusekeys");
        RevisionTable = Tables.GetTableClient(prefix + "revisions");
        KeyTurnTable = Tables.GetTableClient(prefix + "keyturns");
        AiLedgerTable = Tables.GetTableClient(prefix + "ailedger");
        AuthSessionTable = Tables.GetTableClient(prefix + "authsessions");
        Bundles = Blobs.GetBlobContainerClient(prefix + "bundles");
        Results = Blobs.GetBlobContainerClient(prefix + "results");
        Attachments = Blobs.GetBlobContainerClient(prefix + "attachments");
        Traces = Blobs.GetBlobContainerClient(prefix + "traces");
        Payloads = Blobs.GetBlobContainerClient(prefix + "payloads");
        DataProtectionKeys = Blobs.GetBlobContainerClient(prefix + "dataprotection");
    }

    public BlobServiceClient Blobs { get; }
    public TableServiceClient Tables { get; }

    /// <summary>Where the account is; the Durable Task engine's storage provider is built from the same settings.</summary>
    public StorageOptions Options { get; }

    /// <summary>The identity the services are reached with; null with a connection string.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>True when signed in with an identity (file URLs then need user-delegation SAS).</summary>
    public bool UsesIdentity => Credential is not null;

    public TableClient TaskTable { get; }
    public TableClient KeyTable { get; }
    public TableClient RevisionTable { get; }

    /// <summary>Which run has each reuse key's turn (a fence behind the workspace's queue entity).</summary>
    public TableClient KeyTurnTable { get; }

    public TableClient AiLedgerTable { get; }
    public TableClient AuthSessionTable { get; }
    public BlobContainerClient Bundles { get; }
    public BlobContainerClient Results { get; }
    public BlobContainerClient Attachments { get; }
    public BlobContainerClient Traces { get; }
    public BlobContainerClient Payloads { get; }

    /// <summary>The Data Protection key ring that encrypts auth sessions (keys are shared by every host of the service).</summary>
    public BlobContainerClient DataProtectionKeys { get; }

    /// <summary>Creates what does not exist yet; safe to call on every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var work = new List<Task>();
        foreach (var table in new[] { TaskTable, KeyTable, RevisionTable, KeyTurnTable, AiLedgerTable, AuthSessionTable })
        {
            work.Add(table.CreateIfNotExistsAsync(cancellationToken));
        }

        foreach (var container in new[] { Bundles, Results, Attachments, Traces, Payloads, DataProtectionKeys })
        {
            work.Add(container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        }

        await Task.WhenAll(work);
    }
}
