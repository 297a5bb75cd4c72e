using System.Text.Json.Nodes;
using WebTasks.Testing;

namespace WebTasks.Agent.Tests;

/// <summary>What the model sees: parameter names without their values, and a snapshot whose selectors work.</summary>
public sealed class PromptsAndSnapshotTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public void Parameter_values_never_enter_the_prompt()
    {
        var prompt = Prompts.Task("Log in and download the invoice", "https://example.com/", new JsonObject { ["username"] = "ada", ["password"] = "hunter2", ["startUrl"] = "https://example.com/" }, null);

        prompt.ShouldContain("params.username (string)");
        prompt.ShouldContain("params.password (string)");
        prompt.ShouldNotContain("hunter2");
        prompt.ShouldNotContain("ada");
        prompt.ShouldContain("also pass outputSchema");
    }

    [Fact]
    public async Task The_snapshot_shows_forms_and_tables_with_selectors_that_work()
    {
        await using var run = await fixture.Runner.Browsers.OpenAsync(new Browser.RunBrowserOptions(null, Browser.TraceDetail.None, TimeSpan.FromSeconds(5)), CancellationToken.None);
        await run.Page.GotoAsync(fixture.Runner.Sites.Url("/form/"));
        var form = await PageSnapshot.TakeAsync(run.Page, 24_000);
        await run.Page.GotoAsync(fixture.Runner.Sites.Url("/directory/"));
        var table = await PageSnapshot.TakeAsync(run.Page, 24_000);
        var small = await PageSnapshot.TakeAsync(run.Page, 600);

        form.ShouldContain("Form ");
        var field = form.Split('\n').First(l => l.TrimStart().StartsWith("text ", StringComparison.Ordinal) || l.TrimStart().StartsWith("email ", StringComparison.Ordinal)).Trim().Split(' ')[1];
        await run.Page.GotoAsync(fixture.Runner.Sites.Url("/form/"));
        (await run.Page.Locator(field).CountAsync()).ShouldBe(1, $"'{field}' from the snapshot selects one field");
        table.ShouldContain("Table #staff");
        table.ShouldContain("columns:");
        table.ShouldContain("Visible text:");
        small.Length.ShouldBeLessThanOrEqualTo(610);
    }
}

public sealed class SnapshotFixture : IAsyncLifetime
{
    public CorpusRunner Runner { get; private set; } = null!;

    public async Task InitializeAsync() => Runner = await CorpusRunner.StartAsync();

    public async Task DisposeAsync() => await Runner.DisposeAsync();
}
