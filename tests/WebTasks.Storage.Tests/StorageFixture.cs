using WebTasks.Testing;

namespace WebTasks.Storage.Tests;

/// <summary>Storage of its own (a fresh prefix) on the shared Azurite.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    public StorageAccount Account { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.GetAsync();
        Account = new StorageAccount(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = Azurite.NewPrefix() });
        await Account.EnsureCreatedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
