using Microsoft.Extensions.Options;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Results;
using WebTasks.Storage;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Leases;
using WebTasks.Storage.Tasks;
using WebTasks.Testing;

namespace WebTasks.Pipeline.Tests;

/// <summary>The stages wired to storage of their own on the shared Azurite.</summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public WebTasksOptions Options { get; } = new()
    {
        Pipeline = new PipelineOptions { WorkspaceConcurrency = 2, RetryDelay = TimeSpan.FromMilliseconds(100) },
        Limits = new LimitsOptions { InlineResultBytes = 1024 },
    };

    public StorageAccount Account { get; private set; } = null!;

    public IOptions<WebTasksOptions> Wrapped => Microsoft.Extensions.Options.Options.Create(Options);

    public TaskStore Tasks => new(Account);

    public FileStore Files => new(Account);

    public AttachmentLinks Links => new(Files);

    public LeaseStore Leases => new(Account);

    public KeyLine Line => new(Account);

    public AddressGuard Guard => new(["127.0.0.1"]);

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.GetAsync();
        Account = new StorageAccount(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = Azurite.NewPrefix() });
        await Account.EnsureCreatedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
