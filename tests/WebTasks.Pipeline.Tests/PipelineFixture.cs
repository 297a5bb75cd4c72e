using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;
using WebTasks.Storage;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;
using WebTasks.Testing;

namespace WebTasks.Pipeline.Tests;

/// <summary>The activities and their services wired to storage of their own on the shared Azurite.</summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public WebTasksOptions Options { get; } = new()
    {
        Limits = new LimitsOptions { InlineResultBytes = 1024 },
    };

    public StorageAccount Account { get; private set; } = null!;

    public IOptions<WebTasksOptions> Wrapped => Microsoft.Extensions.Options.Options.Create(Options);

    public TaskStore Tasks => new(Account);

    public TaskRequests Requests => new(Tasks, new PayloadStore(Account));

    public FileStore Files => new(Account);

    public AttachmentLinks Links => new(Files);

    public ResultStore Results => new(new PayloadStore(Account), Files, Links, Wrapped);

    public CompletionSignals Signals { get; } = new();

    public ResultReader Reader => new(Tasks, Results, Files, Links, Signals, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance));

    public AddressGuard Guard => new(["127.0.0.1"]);

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.GetAsync();
        Account = new StorageAccount(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = Azurite.NewPrefix() });
        await Account.EnsureCreatedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A task accepted as the start endpoint records it (its orchestration is not started here).</summary>
    public async Task<WebTaskInput> NewTaskAsync(WebTaskRequest request, string workspaceId = "ws")
    {
        var id = Ids.NewWebTaskId();
        var key = request.ReuseKey ?? Ids.NewReuseKey();
        await Tasks.CreateAsync(
            new WebTaskEntity
            {
                PartitionKey = workspaceId,
                RowKey = id,
                Status = WebTaskStatus.Pending,
                ReuseKey = key,
                Model = request.Model,
                CreatedAt = DateTimeOffset.UtcNow,
                Request = await Requests.StoreAsync(workspaceId, id, request with { ReuseKey = key }, CancellationToken.None),
            },
            CancellationToken.None);
        return new WebTaskInput(workspaceId, id, key, request.Sink is not null, RunSettings.From(Options));
    }
}
