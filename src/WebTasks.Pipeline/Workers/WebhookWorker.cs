using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Network;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Results;
using WebTasks.Storage;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Queues;
using WebTasks.Storage.Tasks;

namespace WebTasks.Pipeline.Workers;

/// <summary>
/// Delivers completed results to the task's webhook sink, at least once: POSTs the same body GET …/result answers,
/// signed with <c>x-webtasks-signature: t=…,v1=HMAC-SHA256(secret, "{t}.{body}")</c>, retried with exponential
/// backoff until a 2xx. Delivery never changes the stored result.
/// </summary>
public sealed class WebhookWorker(
    StorageAccount account,
    TaskStore tasks,
    PayloadStore payloads,
    ResultReader results,
    AddressGuard guard,
    IHttpClientFactory httpClients,
    WorkSignal signal,
    IOptions<WebTasksOptions> options,
    ILogger<WebhookWorker> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";
    public const string SignatureHeader = "x-webtasks-signature";
    private readonly TaskQueue _queue = new(account.WebhookQueue);
    private readonly WebhookOptions _options = options.Value.Webhooks;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Pipeline.RunWorkers)
        {
            return;
        }

        var idle = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = await _queue.ReceiveAsync(8, _options.Timeout * 2, stoppingToken);
                if (messages.Count == 0)
                {
                    await signal.WaitAsync(idle, stoppingToken);
                    idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
                    continue;
                }

                idle = TimeSpan.FromMilliseconds(100);
                await Task.WhenAll(messages.Select(m => DeliverAsync(m, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Webhook loop error; continuing");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>The signature a receiver checks: hex HMAC-SHA256 of "{timestamp}.{body}".</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    private async Task DeliverAsync(ReceivedTask message, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(message.Task.WorkspaceId, message.Task.WebTaskId, cancellationToken);
        var requestJson = task is null ? null : await payloads.LoadAsync(WebTaskSubmitter.RequestPayload(task.PartitionKey, task.RowKey), task.Request, cancellationToken);
        var sink = requestJson is null ? null : JsonSerializer.Deserialize<WebTaskRequest>(requestJson, Json.Options)?.Sink;
        if (task is null || sink is null)
        {
            await _queue.DeleteAsync(message, cancellationToken);
            return;
        }

        var error = await PostAsync(task, sink, cancellationToken);
        await _queue.DeleteAsync(message, cancellationToken);
        if (error is null)
        {
            return;
        }

        var attempt = message.Task.Attempt + 1;
        if (attempt >= _options.MaxAttempts)
        {
            logger.LogWarning("Gave up delivering web task {WebTaskId} to its webhook after {Attempts} attempts: {Error}", task.RowKey, attempt, error);
            return;
        }

        var delay = TimeSpan.FromTicks(Math.Min(_options.FirstRetryDelay.Ticks * (1L << Math.Min(attempt - 1, 20)), _options.MaxRetryDelay.Ticks));
        logger.LogInformation("Webhook for {WebTaskId} failed ({Error}); retry {Attempt} in {Delay}", task.RowKey, error, attempt, delay);
        await _queue.SendAsync(message.Task with { Attempt = attempt }, delay, cancellationToken);
    }

    /// <summary>Null on a 2xx, else what went wrong.</summary>
    private async Task<string?> PostAsync(WebTaskEntity task, WebhookSink sink, CancellationToken cancellationToken)
    {
        var url = new Uri(sink.Url);
        var blocked = await guard.CheckAsync(url, cancellationToken);
        if (blocked is not null)
        {
            return "the webhook address is not allowed: " + blocked;
        }

        var body = JsonSerializer.Serialize(await results.BuildAsync(task, cancellationToken), Json.Options);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var workspace = options.Value.Workspaces.GetValueOrDefault(task.PartitionKey);
        var secret = workspace?.WebhookSecret ?? workspace?.ApiKey ?? "";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in sink.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        request.Headers.Add("x-webtasks-webtask-id", task.RowKey);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("WebTasks", "1.0"));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ex.Message;
        }
    }
}
