using WebTasks.Testing;

namespace WebTasks.Planner.Tests;

/// <summary>One Chromium and the local sites for the planner's tests.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public CorpusRunner Runner { get; private set; } = null!;

    public async Task InitializeAsync() => Runner = await CorpusRunner.StartAsync();

    public async Task DisposeAsync() => await Runner.DisposeAsync();
}
