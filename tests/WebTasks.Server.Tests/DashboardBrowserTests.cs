using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WebTasks.Core.Options;
using WebTasks.Testing;
using static Microsoft.Playwright.Assertions;

namespace WebTasks.Server.Tests;

/// <summary>
/// The dashboard driven as a person would, in real Chromium against the self-host: sign in, start and follow a task,
/// read its records, open its trace, read, diff, roll back and edit a saved script, cancel a slow run.
/// With UPDATE_SCREENSHOTS=1 the main pages are saved under docs/dashboard/ for the README.
/// </summary>
public sealed class DashboardBrowserTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>, IAsyncLifetime
{
    private const float Long = 90_000;
    private static readonly bool SaveScreenshots = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";
    private readonly WebTasksApi _api = fixture.Api;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserOptions.FullChromium, Headless = true });
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        context.SetDefaultTimeout(15_000);
        _page = await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task A_wrong_api_key_is_refused_and_nothing_is_kept()
    {
        await _page.GotoAsync(fixture.Service.BaseUrl.ToString());
        await _page.GetByLabel("Workspace id").FillAsync(WebTasksService.Workspace);
        await _page.GetByLabel("API key").FillAsync("not-the-key");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(_page.GetByRole(AriaRole.Alert)).ToContainTextAsync("were refused");
        (await _page.EvaluateAsync<int>("sessionStorage.length")).ShouldBe(0);
        await Expect(_page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_task_started_from_the_form_is_followed_to_its_records_and_its_trace()
    {
        await SignInAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Start a task" }).ClickAsync();
        await _page.GetByLabel("Task").FillAsync("Extract every product with its name, price and rating");
        await _page.GetByLabel("Start URL").FillAsync(fixture.Sites.Url("/shop/page1.html"));
        var schema = _page.GetByLabel("Output schema (JSON Schema, optional)");
        await schema.FillAsync("""{ "type": "object", "properties": { "products": { "type": "list" } } }""");
        await Expect(_page.Locator("#s-schema-error")).ToContainTextAsync("/properties/products/type");
        await Expect(schema).ToHaveAttributeAsync("aria-invalid", "true");
        await Screenshot("start");
        await schema.FillAsync(Scripts.ShopSchema().ToJsonString());
        await Expect(schema).ToHaveAttributeAsync("aria-invalid", "false");
        var key = _page.GetByLabel("Reuse key (optional)");
        await key.FillAsync("not a key!");
        await _page.GetByLabel("Model").SelectOptionAsync("none");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Expect(_page.Locator("#s-key-error")).ToContainTextAsync("'reuseKey'");
        await Expect(key).ToBeFocusedAsync();
        await key.FillAsync("dash-shop");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Expect(_page.Locator("#run-status")).ToContainTextAsync("success", new() { Timeout = Long });
        await Expect(_page.Locator("#run-task")).ToHaveTextAsync("Extract every product with its name, price and rating");
        var table = _page.Locator("#result-table");
        var rows = await table.Locator("tbody tr").CountAsync();
        rows.ShouldBeGreaterThan(3);
        await table.GetByRole(AriaRole.Button, new() { Name = "price" }).ClickAsync();
        await Expect(table.Locator("th[aria-sort=ascending]")).ToHaveTextAsync("price ▲");
        var prices = (await table.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync()).Select(double.Parse).ToList();
        prices.ShouldBe(prices.Order().ToList());
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        csv[0].ShouldBe("name,price,rating");
        csv.Length.ShouldBe(rows + 1);
        await Screenshot("run");

        var viewer = await _page.RunAndWaitForPopupAsync(() => _page.GetByRole(AriaRole.Button, new() { Name = "Open trace" }).ClickAsync());
        await viewer.WaitForURLAsync("**/trace-viewer/index.html?trace=blob*", new() { Timeout = 30_000 });
        await Expect(viewer.Locator(".action-title").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Screenshot("trace", viewer);

        await _page.GetByRole(AriaRole.Link, new() { Name = "Runs", Exact = true }).ClickAsync();
        await Expect(_page.Locator("#runs-table tbody tr").First).ToContainTextAsync("dash-shop");
        await Screenshot("runs");
    }

    [Fact]
    public async Task The_runs_list_updates_by_itself_and_filters_by_outcome()
    {
        await _api.PutCodeAsync("dash-list", Scripts.Wait(1));
        var held = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/gate/dash-list"), ["reuseKey"] = "dash-list" });
        await SignInAsync("#/runs?reuseKey=dash-list");
        var row = _page.Locator($"tr[data-run='{held}']");
        await Expect(row).ToContainTextAsync("started", new() { Timeout = Long });

        fixture.Sites.OpenGate("dash-list");
        await Expect(row).ToContainTextAsync("success", new() { Timeout = Long });

        await _page.GetByLabel("Outcome").SelectOptionAsync("failed");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(_page.GetByText("No runs match.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_saved_script_is_read_diffed_rolled_back_and_edited()
    {
        var first = await _api.PutCodeAsync("dash-key", Scripts.Wait(1));
        var second = await _api.PutCodeAsync("dash-key", Scripts.Wait(1).Replace("marker: params.marker ?? null", "marker: 'second'", StringComparison.Ordinal));
        (await _api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/directory/"), ["reuseKey"] = "dash-key" }))["outcome"]!.GetValue<string>().ShouldBe("success");
        await SignInAsync("#/keys");
        await _page.GetByRole(AriaRole.Link, new() { Name = "dash-key" }).ClickAsync();

        await Expect(_page.Locator("#current-revision")).ToHaveTextAsync(second["revisionId"]!.GetValue<string>());
        await Expect(_page.Locator("#code .tok-kw").First).ToHaveTextAsync("async");
        await Expect(_page.Locator("#charts svg").First.Locator("rect")).ToHaveCountAsync(1);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Show diff" }).ClickAsync();
        await Expect(_page.Locator("#diff-lines .del")).ToContainTextAsync("marker: params.marker ?? null");
        await Expect(_page.Locator("#diff-lines .add")).ToContainTextAsync("marker: 'second'");
        await Screenshot("key");

        var firstId = first["revisionId"]!.GetValue<string>();
        await _page.Locator($"tr[data-revision='{firstId}']").GetByRole(AriaRole.Button, new() { Name = "Roll back to this" }).ClickAsync();
        await Expect(_page.Locator("#revisions tbody tr")).ToHaveCountAsync(3);
        await Expect(_page.Locator("#revisions tbody tr").First).ToContainTextAsync($"rollback to {firstId}");
        (await _api.GetJsonAsync("reuse-keys/dash-key"))["code"]!.GetValue<string>().ShouldBe(Scripts.Wait(1));

        await _page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        var editor = _page.GetByLabel("Script", new() { Exact = true });
        await editor.FillAsync("async function main({ page }) {\n  return {\n    broken: (\n  };\n}\n");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save as a new revision" }).ClickAsync();
        await Expect(_page.Locator("#editor-error")).ToContainTextAsync("Line 4");
        await editor.FillAsync("async function main({ page }) {\n  return { edited: true };\n}\n");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save as a new revision" }).ClickAsync();
        await Expect(_page.Locator("#revisions tbody tr")).ToHaveCountAsync(4);
        await Expect(_page.Locator("#code")).ToContainTextAsync("edited: true");
        (await _api.GetJsonAsync("reuse-keys/dash-key"))["author"]!.GetValue<string>().ShouldBe("user");
    }

    [Fact]
    public async Task A_slow_run_is_cancelled_from_its_page()
    {
        await _api.PutCodeAsync("dash-slow", Scripts.Wait(1));
        var id = await _api.StartAsync(new JsonObject { ["task"] = "t", ["startUrl"] = fixture.Sites.Url("/gate/dash-slow"), ["reuseKey"] = "dash-slow" });
        await SignInAsync($"#/runs/{id}");
        await Expect(_page.Locator("#run-status")).ToContainTextAsync("started", new() { Timeout = Long });

        try
        {
            await _page.GetByRole(AriaRole.Button, new() { Name = "Cancel run" }).ClickAsync();

            await Expect(_page.Locator("#run-error")).ToContainTextAsync("cancelled");
            await Expect(_page.Locator("#run-status")).ToContainTextAsync("failed");
            (await _api.ResultAsync(id))["error"]!["code"]!.GetValue<string>().ShouldBe("cancelled");
        }
        finally
        {
            fixture.Sites.OpenGate("dash-slow");
        }
    }

    private async Task SignInAsync(string hash = "")
    {
        await _page.GotoAsync(fixture.Service.BaseUrl + hash);
        await _page.GetByLabel("Workspace id").FillAsync(WebTasksService.Workspace);
        await _page.GetByLabel("API key").FillAsync(WebTasksService.ApiKey);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(_page.Locator("#workspace-name")).ToHaveTextAsync(WebTasksService.Workspace);
        if (hash.Length > 0)
        {
            await _page.GotoAsync(fixture.Service.BaseUrl + hash);
        }
    }

    private async Task Screenshot(string name, IPage? page = null)
    {
        if (SaveScreenshots)
        {
            await (page ?? _page).ScreenshotAsync(new() { FullPage = page is null, Path = Path.Combine(Repository.Root, "docs", "dashboard", name + ".png") });
        }
    }
}
