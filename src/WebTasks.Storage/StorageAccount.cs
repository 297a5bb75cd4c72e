using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace WebTasks.Storage;

/// <summary>The service clients and the names of everything the pipeline keeps, created once per host.</summary>
public sealed class StorageAccount
{
    public StorageAccount(StorageOptions options)
    {
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
            Queues = new QueueServiceClient(options.QueueServiceUri, credential);
            Tables = new TableServiceClient(options.TableServiceUri, credential);
            UsesIdentity = true;
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString);
            Queues = new QueueServiceClient(options.ConnectionString);
            Tables = new TableServiceClient(options.ConnectionString);
            UsesIdentity = false;
        }
        else
        {
            throw new InvalidOperationException(
                "Storage is not configured: set ConnectionStrings:Storage, or WebTasks:Storage:BlobServiceUri, QueueServiceUri and TableServiceUri.");
        }

        TaskTable = Tables.GetTableClient(prefix + "webtasks");
        KeyTable = Tables.GetTableClient(prefix + "reusekeys");
        RevisionTable = Tables.GetTableClient(prefix + "revisions");
        LeaseTable = Tables.GetTableClient(prefix + "leases");
        LineTable = Tables.GetTableClient(prefix + "keylines");
        AiLedgerTable = Tables.GetTableClient(prefix + "ailedger");
        WorkQueue = Queues.GetQueueClient(prefix + "work");
        WebhookQueue = Queues.GetQueueClient(prefix + "webhooks");
        Bundles = Blobs.GetBlobContainerClient(prefix + "bundles");
        Results = Blobs.GetBlobContainerClient(prefix + "results");
        Attachments = Blobs.GetBlobContainerClient(prefix + "attachments");
        Traces = Blobs.GetBlobContainerClient(prefix + "traces");
        Payloads = Blobs.GetBlobContainerClient(prefix + "payloads");
    }

    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }
    public TableServiceClient Tables { get; }

    /// <summary>True when signed in with an identity (file URLs then need user-delegation SAS).</summary>
    public bool UsesIdentity { get; }

    public TableClient TaskTable { get; }
    public TableClient KeyTable { get; }
    public TableClient RevisionTable { get; }
    public TableClient LeaseTable { get; }
    public TableClient LineTable { get; }
    public TableClient AiLedgerTable { get; }
    public QueueClient WorkQueue { get; }
    public QueueClient WebhookQueue { get; }
    public BlobContainerClient Bundles { get; }
    public BlobContainerClient Results { get; }
    public BlobContainerClient Attachments { get; }
    public BlobContainerClient Traces { get; }
    public BlobContainerClient Payloads { get; }

    /// <summary>Creates what does not exist yet; safe to call on every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var work = new List<Task>();
        foreach (var table in new[] { TaskTable, KeyTable, RevisionTable, LeaseTable, LineTable, AiLedgerTable })
        {
            work.Add(table.CreateIfNotExistsAsync(cancellationToken));
        }

        foreach (var queue in new[] { WorkQueue, WebhookQueue })
        {
            work.Add(queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        }

        foreach (var container in new[] { Bundles, Results, Attachments, Traces, Payloads })
        {
            work.Add(container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        }

        await Task.WhenAll(work);
    }
}
