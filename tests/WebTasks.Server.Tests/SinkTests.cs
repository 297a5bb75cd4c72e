using System.Text.Json.Nodes;
using Amazon.S3;
using Amazon.S3.Model;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// Results delivered to S3 (a real S3-compatible server; it knows one key pair and refuses other key ids) and to Azure Blob (Azurite, by a
/// container SAS): what lands there is the result the API answers, a large result's file goes with it, a wrong
/// credential or a refused address ends as the delivery's status on the result (never a lost result), and the result
/// shows the sink with its secrets masked. Two attempts per delivery, so failures settle in a second.
/// </summary>
public sealed class SinkTests : IAsyncLifetime
{
    private const string Records = """
        async function main({ page, params }) {
          await page.goto(params.startUrl);
          return Array.from({ length: params.count }, (_, i) => ({ n: i, label: 'record ' + i }));
        }
        """;

    private SiteServer _sites = null!;
    private WebTasksService _service = null!;
    private WebTasksApi _api = null!;
    private S3Server _s3 = null!;

    public async Task InitializeAsync()
    {
        _sites = await SiteServer.StartAsync();
        _s3 = await S3Server.GetAsync();
        _service = await WebTasksService.StartAsync(new Dictionary<string, string?>
        {
            ["WebTasks:Sinks:MaxAttempts"] = "2",
            ["WebTasks:Limits:InlineResultBytes"] = "2048",
        });
        _api = _service.Api();
        await _api.PutCodeAsync("records", Records);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _service.DisposeAsync();
        await _sites.DisposeAsync();
    }

    [Fact]
    public async Task An_s3_sink_gets_the_result_and_a_file_results_content_and_the_result_shows_it_masked()
    {
        using var s3 = _s3.Client();
        var bucket = "b" + Guid.NewGuid().ToString("N")[..12];
        await s3.PutBucketAsync(bucket);

        var small = await RunAsync(count: 3, S3Sink(bucket, S3Server.SecretAccessKey, "runs/daily"));
        var large = await RunAsync(count: 200, S3Sink(bucket, S3Server.SecretAccessKey, "runs/daily"));

        large["result"]!["file"].ShouldNotBeNull("200 records are past the inline limit");
        foreach (var run in new[] { small, large })
        {
            var id = run["webTaskId"]!.GetValue<string>();
            var delivered = JsonNode.Parse(await ReadAsync(s3, bucket, $"runs/daily/{id}.json"))!;
            delivered["webTaskId"]!.GetValue<string>().ShouldBe(id);
            delivered["outcome"]!.GetValue<string>().ShouldBe("success");
            JsonNode.DeepEquals(delivered["reuse"], run["reuse"]).ShouldBeTrue();

            var sink = run["sink"]!;
            sink["status"]!.GetValue<string>().ShouldBe("delivered", run.ToJsonString());
            sink["attempts"]!.GetValue<int>().ShouldBe(1);
            sink["deliveredAt"].ShouldNotBeNull();
            sink["bucket"]!.GetValue<string>().ShouldBe(bucket);
            sink["secretAccessKey"]!.GetValue<string>().ShouldBe("****");
            sink["accessKeyId"]!.GetValue<string>().ShouldBe("****");
            run.ToJsonString().ShouldNotContain(S3Server.SecretAccessKey);
        }

        JsonNode.DeepEquals(JsonNode.Parse(await ReadAsync(s3, bucket, $"runs/daily/{small["webTaskId"]}.json"))!["result"], small["result"]).ShouldBeTrue();
        var data = JsonNode.Parse(await ReadAsync(s3, bucket, $"runs/daily/{large["webTaskId"]}.data.json"))!.AsArray();
        data.Count.ShouldBe(200);
        data[199]!["label"]!.GetValue<string>().ShouldBe("record 199");
    }

    [Fact]
    public async Task A_wrong_s3_credential_ends_as_a_failed_delivery_on_a_result_that_is_kept()
    {
        using var s3 = _s3.Client();
        var bucket = "b" + Guid.NewGuid().ToString("N")[..12];
        await s3.PutBucketAsync(bucket);
        const string wrong = "AKIANOTAKEYOFTHISwxyz";

        var run = await RunAsync(count: 3, S3Sink(bucket, S3Server.SecretAccessKey, prefix: null, accessKeyId: wrong));

        run["outcome"]!.GetValue<string>().ShouldBe("success");
        run["result"]!["data"]!.AsArray().Count.ShouldBe(3, "the result is stored and readable whatever the sink did");
        var sink = run["sink"]!;
        sink["status"]!.GetValue<string>().ShouldBe("failed");
        sink["attempts"]!.GetValue<int>().ShouldBe(2);
        sink["lastError"]!.GetValue<string>().ShouldContain("HTTP 403 InvalidAccessKeyId");
        sink["accessKeyId"]!.GetValue<string>().ShouldBe("****wxyz");
        run.ToJsonString().ShouldNotContain(wrong);
        (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket })).KeyCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_blob_sink_by_container_sas_gets_the_result_and_the_signature_is_never_shown()
    {
        var container = new BlobServiceClient(_service.ConnectionString).GetBlobContainerClient(_service.StoragePrefix + "-sink");
        await container.CreateIfNotExistsAsync();
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.Create | BlobContainerSasPermissions.Write, DateTimeOffset.UtcNow.AddHours(1));
        var signature = System.Web.HttpUtility.ParseQueryString(sas.Query)["sig"]!;

        var run = await RunAsync(count: 200, new JsonObject { ["type"] = "blob", ["containerUrl"] = sas.ToString(), ["prefix"] = "exports" });

        var id = run["webTaskId"]!.GetValue<string>();
        var delivered = JsonNode.Parse((await container.GetBlobClient($"exports/{id}.json").DownloadContentAsync()).Value.Content.ToString())!;
        delivered["webTaskId"]!.GetValue<string>().ShouldBe(id);
        JsonNode.Parse((await container.GetBlobClient($"exports/{id}.data.json").DownloadContentAsync()).Value.Content.ToString())!.AsArray().Count.ShouldBe(200);
        var sink = run["sink"]!;
        sink["status"]!.GetValue<string>().ShouldBe("delivered");
        sink["containerUrl"]!.GetValue<string>().ShouldContain("sig=****");
        sink["containerUrl"]!.GetValue<string>().ShouldContain(container.Name);
        run.ToJsonString().ShouldNotContain(signature);
        run.ToJsonString().ShouldNotContain(Uri.EscapeDataString(signature));
    }

    [Fact]
    public async Task Sink_addresses_pass_the_same_guard_as_pages_and_identity_writes_only_to_allowed_accounts()
    {
        // The S3 server is allowed as 127.0.0.1; as "localhost" it is a private address like any other.
        var guarded = await RunAsync(count: 1, new JsonObject
        {
            ["type"] = "s3", ["bucket"] = "guarded", ["region"] = S3Server.Region, ["accessKeyId"] = S3Server.AccessKeyId,
            ["secretAccessKey"] = S3Server.SecretAccessKey, ["endpoint"] = _s3.Endpoint.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
        });
        guarded["sink"]!["status"]!.GetValue<string>().ShouldBe("failed");
        guarded["sink"]!["lastError"]!.GetValue<string>().ShouldContain("not allowed");

        var identity = await RunAsync(count: 1, new JsonObject { ["type"] = "blob", ["accountUrl"] = "https://someoneelse.blob.core.windows.net", ["container"] = "exports" });
        identity["sink"]!["status"]!.GetValue<string>().ShouldBe("failed");
        identity["sink"]!["lastError"]!.GetValue<string>().ShouldContain("WebTasks:Sinks:ManagedIdentityAccounts");
    }

    private static JsonObject S3Sink(string bucket, string secret, string? prefix, string accessKeyId = S3Server.AccessKeyId)
    {
        var sink = new JsonObject
        {
            ["type"] = "s3", ["bucket"] = bucket, ["region"] = S3Server.Region, ["accessKeyId"] = accessKeyId, ["secretAccessKey"] = secret,
        };
        if (prefix is not null)
        {
            sink["prefix"] = prefix;
        }

        return sink;
    }

    /// <summary>Runs the records script with <paramref name="sink"/>, waits until its delivery is over, then reads the result.</summary>
    private async Task<JsonObject> RunAsync(int count, JsonObject sink)
    {
        if (sink["type"]!.GetValue<string>() == "s3" && sink["endpoint"] is null)
        {
            sink["endpoint"] = _s3.Endpoint;
        }

        var id = await _api.StartAsync(new JsonObject
        {
            ["task"] = "numbered records",
            ["startUrl"] = _sites.Url("/directory/"),
            ["reuseKey"] = "records",
            ["parameters"] = new JsonObject { ["count"] = count },
            ["sink"] = sink,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var orchestration = await _service.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(id, cancellation: timeout.Token);
        orchestration.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        return await _api.ResultAsync(id);
    }

    private static async Task<string> ReadAsync(AmazonS3Client s3, string bucket, string key)
    {
        using var response = await s3.GetObjectAsync(bucket, key);
        using var reader = new StreamReader(response.ResponseStream);
        return await reader.ReadToEndAsync();
    }
}
