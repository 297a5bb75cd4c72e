using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace WebTasks.Client;

/// <summary>
/// The WebTasks API: start a web task, read or wait for its result, and manage reuse keys and their scripts.
/// Register with <c>services.AddWebTasksClient(...)</c>, or build one with <see cref="Create"/>.
/// </summary>
public sealed class WebTasksClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly HttpClient _http;
    private readonly WebTasksClientOptions _options;

    public WebTasksClient(HttpClient http, IOptions<WebTasksClientOptions> options)
    {
        _http = http;
        _options = options.Value;
        if (_options.BaseUrl is null && http.BaseAddress is null)
        {
            throw new ArgumentException("WebTasksClientOptions.BaseUrl is not set.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(_options.Workspace))
        {
            throw new ArgumentException("WebTasksClientOptions.Workspace is not set.", nameof(options));
        }

        if (_options.BaseUrl is not null)
        {
            _http.BaseAddress = new Uri(_options.BaseUrl.ToString().TrimEnd('/') + "/");
        }
    }

    /// <summary>A client with an HttpClient of its own (outside dependency injection).</summary>
    public static WebTasksClient Create(WebTasksClientOptions options) => new(new HttpClient(), Options.Create(options));

    public Task<StartedWebTask> StartAsync(WebTaskRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<StartedWebTask>(HttpMethod.Post, "web-tasks/start", request, cancellationToken);

    public Task<WebTaskResult> GetResultAsync(string webTaskId, CancellationToken cancellationToken = default) =>
        SendAsync<WebTaskResult>(HttpMethod.Get, ResultPath(webTaskId), null, cancellationToken);

    /// <summary>Cancels a pending or running task: it completes failed with <c>error.code</c> <c>cancelled</c> (a completed one: 409, <see cref="WebTasksApiException"/>).</summary>
    public Task<WebTaskResult> CancelAsync(string webTaskId, CancellationToken cancellationToken = default) =>
        SendAsync<WebTaskResult>(HttpMethod.Post, $"web-tasks/{Uri.EscapeDataString(webTaskId)}/cancel", null, cancellationToken);

    /// <summary>
    /// Starts the task and waits for its result (requests that the server holds until the task completes, each up to
    /// <see cref="WebTasksClientOptions.PollInterval"/>), reporting each answer to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="TimeoutException">Not completed within <paramref name="timeout"/> (default <see cref="WebTasksClientOptions.RunTimeout"/>).</exception>
    public async Task<WebTaskResult> RunAsync(WebTaskRequest request, TimeSpan? timeout = null, IProgress<WebTaskResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = await StartAsync(request, cancellationToken);
        return await WaitAsync(started.WebTaskId, timeout, progress, cancellationToken);
    }

    /// <summary>Waits for a started task to complete; see <see cref="RunAsync(WebTaskRequest, TimeSpan?, IProgress{WebTaskResult}?, CancellationToken)"/>.</summary>
    public async Task<WebTaskResult> WaitAsync(string webTaskId, TimeSpan? timeout = null, IProgress<WebTaskResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? _options.RunTimeout;
        var deadline = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var asked = DateTimeOffset.UtcNow;
            var wait = (int)Math.Clamp(Math.Ceiling(Min(deadline - asked, _options.PollInterval).TotalSeconds), 0, 60);
            var result = await SendAsync<WebTaskResult>(HttpMethod.Get, $"{ResultPath(webTaskId)}?wait={wait}", null, cancellationToken);
            progress?.Report(result);
            if (result.IsCompleted)
            {
                return result;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Web task {webTaskId} did not complete within {limit} (last status: {result.Status}).");
            }

            // A server that answered before the interval (one that does not know `wait`) is asked again only after it.
            var early = _options.PollInterval - (DateTimeOffset.UtcNow - asked);
            if (early > TimeSpan.Zero)
            {
                await Task.Delay(Min(left, early), cancellationToken);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string ResultPath(string webTaskId) => $"web-tasks/{Uri.EscapeDataString(webTaskId)}/result";

    /// <summary>Runs the task and returns its data as <typeparamref name="T"/>, read inline or downloaded from the result file.</summary>
    /// <exception cref="WebTaskFailedException">The task completed with outcome failed.</exception>
    public async Task<T> RunAsync<T>(WebTaskRequest request, TimeSpan? timeout = null, IProgress<WebTaskResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(request, timeout, progress, cancellationToken);
        return await ReadDataAsync<T>(result, cancellationToken);
    }

    /// <summary>The data of a successful result as <typeparamref name="T"/>, downloading the file when the result was too large to inline.</summary>
    public async Task<T> ReadDataAsync<T>(WebTaskResult result, CancellationToken cancellationToken = default)
    {
        if (!result.Succeeded)
        {
            throw new WebTaskFailedException(result);
        }

        if (result.Result?.File is { Url: { } url })
        {
            // A signed link to storage: the workspace's API key is not sent with it, only to the API.
            using var response = await _http.GetAsync(new Uri(url), cancellationToken);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
        }

        return result.Result?.Data is { } data ? data.Deserialize<T>(Json)! : default!;
    }

    public async Task<IReadOnlyList<ReuseKey>> ListReuseKeysAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<KeyList>(HttpMethod.Get, "reuse-keys", null, cancellationToken)).Keys;

    /// <summary>The key's current revision with its code.</summary>
    public Task<ReuseKey> GetReuseKeyAsync(string key, CancellationToken cancellationToken = default) =>
        SendAsync<ReuseKey>(HttpMethod.Get, $"reuse-keys/{Uri.EscapeDataString(key)}", null, cancellationToken);

    /// <summary>The key's revisions, newest first.</summary>
    public async Task<IReadOnlyList<Revision>> ListRevisionsAsync(string key, CancellationToken cancellationToken = default) =>
        (await SendAsync<RevisionList>(HttpMethod.Get, $"reuse-keys/{Uri.EscapeDataString(key)}/revisions", null, cancellationToken)).Revisions;

    /// <summary>Saves <paramref name="code"/> as the key's new current revision (refused if it does not parse).</summary>
    public Task<ReuseKey> PutCodeAsync(string key, string code, JsonObject? outputSchema = null, CancellationToken cancellationToken = default) =>
        SendAsync<ReuseKey>(HttpMethod.Put, $"reuse-keys/{Uri.EscapeDataString(key)}/code", new { code, outputSchema }, cancellationToken);

    /// <summary>Makes <paramref name="revisionId"/> current again, as a new revision.</summary>
    public Task<ReuseKey> RollbackAsync(string key, string revisionId, CancellationToken cancellationToken = default) =>
        SendAsync<ReuseKey>(HttpMethod.Post, $"reuse-keys/{Uri.EscapeDataString(key)}/rollback", new { revisionId }, cancellationToken);

    /// <summary>
    /// Stores a captured browser session (Playwright's storage state, as <c>context.StorageStateAsync()</c> writes it),
    /// encrypted; start tasks with its id as <see cref="WebTaskRequest.Auth"/>. <paramref name="domains"/> limits the
    /// hosts it is sent to (by default those of its cookies); <paramref name="refresh"/> saves renewed cookies back.
    /// </summary>
    public Task<AuthSession> CaptureAuthSessionAsync(
        JsonObject storageState, string? name = null, IReadOnlyList<string>? domains = null, bool refresh = true, CancellationToken cancellationToken = default) =>
        SendAsync<AuthSession>(HttpMethod.Post, "auth-sessions", new { storageState, name, domains, refresh }, cancellationToken);

    public async Task<IReadOnlyList<AuthSession>> ListAuthSessionsAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<AuthSessionList>(HttpMethod.Get, "auth-sessions", null, cancellationToken)).Sessions;

    public Task<AuthSession> GetAuthSessionAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<AuthSession>(HttpMethod.Get, $"auth-sessions/{Uri.EscapeDataString(id)}", null, cancellationToken);

    /// <summary>Deletes the session; tasks that name it afterwards are refused.</summary>
    public async Task DeleteAuthSessionAsync(string id, CancellationToken cancellationToken = default)
    {
        using var request = ApiRequest(HttpMethod.Delete, $"auth-sessions/{Uri.EscapeDataString(id)}");
        using var response = await _http.SendAsync(request, cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
    }

    /// <summary>Copies the run's Playwright trace (a zip) into <paramref name="destination"/>.</summary>
    public async Task DownloadTraceAsync(string webTaskId, Stream destination, CancellationToken cancellationToken = default)
    {
        using var request = ApiRequest(HttpMethod.Get, $"web-tasks/{Uri.EscapeDataString(webTaskId)}/trace");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
        await response.Content.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>A request to the API (relative to its base address), the only kind that carries the API key.</summary>
    private HttpRequestMessage ApiRequest(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, $"api/v1/workspace/{Uri.EscapeDataString(_options.Workspace)}/{relative}");
        if (_options.ApiKey is not null)
        {
            request.Headers.Add("x-api-key", _options.ApiKey);
        }

        return request;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string relative, object? body, CancellationToken cancellationToken)
    {
        using var request = ApiRequest(method, relative);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        ErrorBody? error = null;
        try
        {
            error = JsonSerializer.Deserialize<ErrorBody>(text, Json);
        }
        catch (JsonException)
        {
            // Not the API's error body (a proxy's page, say): report the status and the text.
        }

        throw new WebTasksApiException(
            response.StatusCode,
            error?.Code ?? DefaultCode(response.StatusCode),
            error?.Message ?? (text.Length > 500 ? text[..500] : text),
            error?.CorrelationId ?? (response.Headers.TryGetValues("x-correlation-id", out var ids) ? ids.FirstOrDefault() : null),
            error?.Details);
    }

    private static string DefaultCode(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "bad-request",
        HttpStatusCode.Unauthorized => "unauthorized",
        HttpStatusCode.NotFound => "not-found",
        HttpStatusCode.TooManyRequests => "rate-limited",
        _ => "http-" + (int)status,
    };
}
