using WebTasks.Core.Options;
using WebTasks.Testing;

namespace WebTasks.Planner.Tests;

/// <summary>One Chromium and the local sites for the planner's tests.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public CorpusRunner Runner { get; private set; } = null!;

    // The local sites answer a scroll or a "load more" within 400 ms: a planned script that waits 1 s rather than the
    // default 2 s for more records reaches the end of every revealed list sooner, and still sees each site whole.
    public async Task InitializeAsync() => Runner = await CorpusRunner.StartAsync(new PlannerOptions { RevealWait = TimeSpan.FromSeconds(1) });

    public async Task DisposeAsync() => await Runner.DisposeAsync();
}
