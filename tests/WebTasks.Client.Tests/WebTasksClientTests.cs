using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Sites;

namespace WebTasks.Client.Tests;

/// <summary>The SDK against the real service: Azurite, Chromium and the local sites behind it.</summary>
public sealed class WebTasksClientTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private const string Directory = """
        async function main({ page, params }) {
          await page.goto(params.startUrl);
          return await page.$$eval('table#staff tbody tr', rows => rows.map(r => ({ name: r.cells[0].textContent.trim() })));
        }
        """;

    private sealed record Product(string Name, decimal Price, double Rating);

    private sealed record Products(List<Product> Items);

    private WebTasksClient Client => fixture.Client;

    private sealed class Statuses : List<string>, IProgress<WebTaskResult>
    {
        public void Report(WebTaskResult value) => Add(value.Status);
    }

    [Fact]
    public async Task RunAsync_of_T_plans_then_replays_and_reads_a_large_result_from_its_file()
    {
        var request = new WebTaskRequest
        {
            Task = "Extract every product with its name, price and rating",
            StartUrl = fixture.Sites.Url("/shop/page1.html"),
            ReuseKey = "client-shop",
            Model = "none",
            OutputSchema = (JsonObject)JsonNode.Parse("""
                { "type": "object", "required": ["items"], "properties": { "items": { "type": "array", "items": { "type": "object",
                  "required": ["name", "price", "rating"], "properties": { "name": { "type": "string" }, "price": { "type": "number" }, "rating": { "type": "number" } } } } } }
                """)!,
        };
        var seen = new Statuses();

        var first = await Client.RunAsync(request, progress: seen);
        var products = await Client.RunAsync<Products>(request);

        first.Succeeded.ShouldBeTrue(first.Error?.Message);
        first.Reuse!.Created.ShouldBeTrue();
        first.Result!.File.ShouldNotBeNull("9 products are more than the 300-byte inline limit");
        first.Result.File.Preview!.RowCount.ShouldBe(9);
        products.Items.Count.ShouldBe(9);
        products.Items[0].ShouldBe(new Product("Aurora Desk Lamp", 34.99m, 4.5));
        seen.Last().ShouldBe("completed");
    }

    [Fact]
    public async Task Reuse_keys_can_be_listed_read_written_rolled_back_and_traced()
    {
        var first = await Client.PutCodeAsync("client-keys", Directory);
        var run = await Client.RunAsync(new WebTaskRequest { Task = "List the staff", StartUrl = fixture.Sites.Url("/directory/"), ReuseKey = "client-keys" });
        var second = await Client.PutCodeAsync("client-keys", Directory.Replace("trim()", "trim().toUpperCase()", StringComparison.Ordinal));

        run.Succeeded.ShouldBeTrue(run.Error?.Message);
        (await Client.ListReuseKeysAsync()).ShouldContain(k => k.Key == "client-keys" && k.RevisionId == second.RevisionId);
        (await Client.GetReuseKeyAsync("client-keys")).Code!.ShouldContain("toUpperCase");
        var rolledBack = await Client.RollbackAsync("client-keys", first.RevisionId);
        (await Client.GetReuseKeyAsync("client-keys")).Code.ShouldBe(Directory);
        var revisions = await Client.ListRevisionsAsync("client-keys");
        revisions.Count.ShouldBe(3);
        revisions[0].ShouldSatisfyAllConditions(r => r.RevisionId.ShouldBe(rolledBack.RevisionId), r => r.Current.ShouldBeTrue(), r => r.RestoredFrom.ShouldBe(first.RevisionId));

        using var trace = new MemoryStream();
        await Client.DownloadTraceAsync(run.WebTaskId, trace);
        trace.ToArray()[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task A_result_file_is_downloaded_without_the_workspaces_api_key()
    {
        var result = new WebTaskResult
        {
            WebTaskId = "wt_file",
            Status = "completed",
            Outcome = "success",
            Result = new ResultBody(null, new ResultFile(fixture.Sites.Url("/files/signed.json"), DateTimeOffset.UtcNow.AddDays(7), 7, null)),
        };

        (await Client.ReadDataAsync<int[]>(result)).ShouldBe([1, 2, 3]);

        var sent = fixture.Sites.Downloads["signed.json"].Single();
        sent.ContainsKey("x-api-key").ShouldBeFalse("the API key went to the storage link");
        (await Client.ListReuseKeysAsync()).ShouldNotBeNull("API calls still carry the key");
    }

    [Fact]
    public async Task Refused_requests_throw_with_the_APIs_code_message_and_correlation_id()
    {
        var bad = await Should.ThrowAsync<WebTasksApiException>(() => Client.StartAsync(new WebTaskRequest { Task = "", StartUrl = "ftp://example.com/" }));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.Code.ShouldBe("bad-request");
        bad.ApiMessage.ShouldNotBeNullOrWhiteSpace();
        bad.CorrelationId.ShouldNotBeNullOrWhiteSpace();

        var missing = await Should.ThrowAsync<WebTasksApiException>(() => Client.GetReuseKeyAsync("no-such-key"));
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        missing.Code.ShouldBe("not-found");

        var stranger = new WebTasksClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(new WebTasksClientOptions { BaseUrl = fixture.Service.BaseUrl, Workspace = "ws1", ApiKey = "wrong" }));
        (await Should.ThrowAsync<WebTasksApiException>(() => stranger.ListReuseKeysAsync())).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_failed_run_is_a_result_and_RunAsync_of_T_throws_it_with_its_code()
    {
        var request = new WebTaskRequest { Task = "List the staff", StartUrl = fixture.Sites.Url("/directory/"), Model = "haiku" };

        var result = await Client.RunAsync(request);
        var thrown = await Should.ThrowAsync<WebTaskFailedException>(() => Client.RunAsync<JsonArray>(request));

        result.Outcome.ShouldBe("failed");
        result.Error!.Code.ShouldBe("no-ai-credits-left");
        thrown.Code.ShouldBe("no-ai-credits-left");
    }

    [Fact]
    public async Task Waiting_stops_at_the_timeout_and_on_cancellation()
    {
        await Client.PutCodeAsync("client-slow", """
            async function main({ page, params }) { await page.goto(params.startUrl); await page.waitForTimeout(3000); return 1; }
            """);
        var request = new WebTaskRequest { Task = "wait", StartUrl = fixture.Sites.Url("/directory/"), ReuseKey = "client-slow" };

        await Should.ThrowAsync<TimeoutException>(() => Client.RunAsync(request, timeout: TimeSpan.FromMilliseconds(300)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Should.ThrowAsync<OperationCanceledException>(() => Client.RunAsync(request, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task The_client_comes_from_dependency_injection_through_IHttpClientFactory()
    {
        var services = new ServiceCollection();
        services.AddWebTasksClient(o =>
        {
            o.BaseUrl = fixture.Service.BaseUrl;
            o.Workspace = "ws1";
            o.ApiKey = "key-ws1";
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<WebTasksClient>();
        var started = await client.StartAsync(new WebTaskRequest { Task = "t", StartUrl = fixture.Sites.Url("/directory/") });

        started.Status.ShouldBe("pending");
        (await client.GetResultAsync(started.WebTaskId)).WebTaskId.ShouldBe(started.WebTaskId);
    }
}
