using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WebTasks.Core.Contracts;
using WebTasks.Core.Network;
using WebTasks.Core.Options;

namespace WebTasks.Pipeline.Sinks;

/// <summary>
/// POSTs the result to the webhook, signed with <c>x-webtasks-signature: t=…,v1=HMAC-SHA256(secret, "{t}.{body}")</c>;
/// anything but a 2xx is a failed attempt. The connection is guarded and redirects are not followed.
/// </summary>
public sealed class WebhookWriter(AddressGuard guard, SinkHttp http, IOptions<WebTasksOptions> options) : ISinkWriter
{
    public const string SignatureHeader = "x-webtasks-signature";

    public string Type => SinkTypes.Webhook;

    /// <summary>The signature a receiver checks: hex HMAC-SHA256 of "{timestamp}.{body}".</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public async Task WriteAsync(ResultSink sink, SinkPayload payload, CancellationToken cancellationToken)
    {
        var webhook = (WebhookSink)sink;
        var url = new Uri(webhook.Url);
        if (await guard.CheckAsync(url, cancellationToken) is { } blocked)
        {
            throw new SinkDeliveryException("the webhook address is not allowed: " + blocked);
        }

        var workspace = options.Value.Workspaces.GetValueOrDefault(payload.WorkspaceId);
        using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload.ResultJson, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in webhook.Headers)
        {
            post.Headers.TryAddWithoutValidation(name, value);
        }

        post.Headers.Add(SignatureHeader, Sign(workspace?.WebhookSecret ?? workspace?.ApiKey ?? "", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), payload.ResultJson));
        post.Headers.Add("x-webtasks-webtask-id", payload.WebTaskId);
        post.Headers.UserAgent.Add(new ProductInfoHeaderValue("WebTasks", "1.0"));
        try
        {
            using var response = await http.Client().SendAsync(post, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new SinkDeliveryException($"the webhook answered HTTP {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException ex)
        {
            throw new SinkDeliveryException(ex.Message, ex);
        }
    }
}
