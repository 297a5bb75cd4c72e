using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Pipeline.Results;

namespace WebTasks.Pipeline.Activities;

/// <summary>
/// POSTs the completed result (the body GET …/result answers) to the task's webhook, signed with
/// <c>x-webtasks-signature: t=…,v1=HMAC-SHA256(secret, "{t}.{body}")</c>. Anything but a 2xx throws, and the
/// orchestration tries again with exponential backoff. The connection is guarded and redirects are not followed.
/// </summary>
public sealed class DeliverWebhook(
    TaskRequests requests, ResultReader results, AddressGuard guard, IHttpClientFactory httpClients, IOptions<WebTasksOptions> options, ILogger<DeliverWebhook> logger)
    : TaskActivity<WebTaskInput, bool>
{
    public const string HttpClientName = "webhooks";
    public const string SignatureHeader = "x-webtasks-signature";

    /// <summary>The signature a receiver checks: hex HMAC-SHA256 of "{timestamp}.{body}".</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, WebTaskInput input)
    {
        var (task, request) = await requests.LoadAsync(input.WorkspaceId, input.WebTaskId, CancellationToken.None);
        if (request.Sink is not { } sink)
        {
            return false;
        }

        var url = new Uri(sink.Url);
        if (await guard.CheckAsync(url, CancellationToken.None) is { } blocked)
        {
            throw Failed(task.RowKey, "the webhook address is not allowed: " + blocked);
        }

        var body = JsonSerializer.Serialize(await results.BuildAsync(task, CancellationToken.None), JsonDefaults.Options);
        var workspace = options.Value.Workspaces.GetValueOrDefault(task.PartitionKey);
        using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in sink.Headers)
        {
            post.Headers.TryAddWithoutValidation(name, value);
        }

        post.Headers.Add(SignatureHeader, Sign(workspace?.WebhookSecret ?? workspace?.ApiKey ?? "", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), body));
        post.Headers.Add("x-webtasks-webtask-id", task.RowKey);
        post.Headers.UserAgent.Add(new ProductInfoHeaderValue("WebTasks", "1.0"));
        try
        {
            using var timeout = new CancellationTokenSource(options.Value.Webhooks.Timeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(post, timeout.Token);
            return response.IsSuccessStatusCode ? true : throw Failed(task.RowKey, $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw Failed(task.RowKey, ex.Message);
        }
    }

    private WebhookFailedException Failed(string webTaskId, string error)
    {
        logger.LogWarning("Webhook delivery for {WebTaskId} failed: {Error}", webTaskId, error);
        return new WebhookFailedException(error);
    }
}

/// <summary>A delivery that did not get a 2xx; the orchestration's retry policy decides whether to try again.</summary>
public sealed class WebhookFailedException(string message) : Exception(message);
