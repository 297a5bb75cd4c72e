using System.Text;
using System.Text.Json.Nodes;

namespace WebTasks.Testing;

/// <summary>A thin client for tests: raw HTTP against the public API, JSON in and out.</summary>
public sealed class WebTasksApi(HttpClient http, string workspace, string apiKey) : IDisposable
{
    public HttpClient Http { get; } = http;

    public string Workspace { get; } = workspace;

    public string Path(string relative) => $"api/v1/workspace/{Workspace}/{relative}";

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, string? body = null)
    {
        using var request = new HttpRequestMessage(method, Path(relative));
        request.Headers.Add("x-api-key", apiKey);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Starts a task and returns its id; fails the test unless the answer is 200 pending.</summary>
    public async Task<string> StartAsync(JsonObject body)
    {
        using var response = await SendAsync(HttpMethod.Post, "web-tasks/start", body.ToJsonString());
        var json = await ReadAsync(response);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"start answered {(int)response.StatusCode}: {json}");
        }

        return json["webTaskId"]!.GetValue<string>();
    }

    /// <summary>GET …/result; anything but 200 fails loudly (a client that spins on errors hides them).</summary>
    public async Task<JsonObject> ResultAsync(string webTaskId, int waitSeconds = 0)
    {
        using var response = await SendAsync(HttpMethod.Get, $"web-tasks/{webTaskId}/result" + (waitSeconds > 0 ? $"?wait={waitSeconds}" : ""));
        var json = await ReadAsync(response);
        return response.IsSuccessStatusCode ? json : throw new HttpRequestException($"result answered {(int)response.StatusCode}: {json}");
    }

    /// <summary>Waits for the task to complete: GET …/result?wait= (the server answers at completion), again until <paramref name="timeout"/>.</summary>
    public async Task<JsonObject> WaitAsync(string webTaskId, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(90);
        var until = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var left = until - DateTimeOffset.UtcNow;
            var result = await ResultAsync(webTaskId, (int)Math.Clamp(Math.Ceiling(left.TotalSeconds), 0, 10));
            if (result["status"]?.GetValue<string>() == "completed")
            {
                return result;
            }

            if (DateTimeOffset.UtcNow >= until)
            {
                throw new TimeoutException($"Web task {webTaskId} did not complete within {limit}: {result.ToJsonString()}");
            }
        }
    }

    public async Task<JsonObject> RunAsync(JsonObject body, TimeSpan? timeout = null) => await WaitAsync(await StartAsync(body), timeout);

    public async Task<JsonObject> PutCodeAsync(string key, string code, JsonObject? outputSchema = null)
    {
        var body = new JsonObject { ["code"] = code };
        if (outputSchema is not null)
        {
            body["outputSchema"] = outputSchema.DeepClone();
        }

        using var response = await SendAsync(HttpMethod.Put, $"reuse-keys/{key}/code", body.ToJsonString());
        var json = await ReadAsync(response);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"PUT code answered {(int)response.StatusCode}: {json}");
        }

        return json;
    }

    public async Task<JsonObject> GetJsonAsync(string relative)
    {
        using var response = await SendAsync(HttpMethod.Get, relative);
        return await ReadAsync(response);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject ?? new JsonObject { ["_raw"] = text };
    }

    public void Dispose() => Http.Dispose();
}
