using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebTasks.Agent.Chat;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// A service configured with a secret of every kind runs tasks that use each of them; then every API answer, log
/// line, prompt, trace entry and webhook body it produced is searched for them.
/// </summary>
public sealed class SecretsTests
{
    private const string ApiKey = "apikey-0f3a9c1e7b5d4f2a";
    private const string WebhookSecret = "whsec-8e2b6d0c4a9f1e3b";
    private const string ModelKey = "sk-model-5c7e9a1b3d2f4e6a";
    private const string SinkCredential = "sink-token-2d4f6a8c0e1b3d5f";
    private const string ProxyPassword = "proxy-pass-9b1d3f5a7c2e4a6c";
    private const string SessionCookie = "session-cookie-4e6a8c0e2b4d";

    [Fact]
    public async Task No_secret_appears_in_answers_logs_prompts_traces_or_webhook_bodies()
    {
        await using var sites = await SiteServer.StartAsync();
        var logs = new CapturedLogs();
        var model = new ScriptedChatClient()
            .ThenScreening("""{ "allowed": true }""")
            .ThenCall("finish", new { code = Scripts.EventsV1 });
        await using var service = await WebTasksService.StartAsync(
            new Dictionary<string, string?>
            {
                [$"WebTasks:Workspaces:{WebTasksService.Workspace}:ApiKey"] = ApiKey,
                [$"WebTasks:Workspaces:{WebTasksService.Workspace}:WebhookSecret"] = WebhookSecret,
                ["WebTasks:Ai:Provider"] = "OpenAI",
                ["WebTasks:Ai:ApiKey"] = ModelKey,
                ["WebTasks:Ai:Models:haiku"] = "scripted-haiku",
                ["WebTasks:Browser:Trace"] = "always",
                ["Logging:LogLevel:Default"] = "Information",
            },
            services: s =>
            {
                s.AddSingleton<IChatModels>(new ScriptedChatModels(model));
                s.AddSingleton<ILoggerProvider>(logs);
            });
        var answers = new ConcurrentQueue<string>();
        using var api = new WebTasksApi(new HttpClient(new Recorder(answers)) { BaseAddress = service.BaseUrl }, WebTasksService.Workspace, ApiKey);
        var storageKey = service.ConnectionString.Split(';').Single(p => p.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];

        // An agent run, logged in with an auth session, that writes a script and delivers to a webhook that needs a
        // credential; a run through a proxy with a password (refused: a private address); a wrong key; a bad request.
        using var captured = await api.SendAsync(HttpMethod.Post, "auth-sessions", new JsonObject
        {
            ["storageState"] = new JsonObject
            {
                ["cookies"] = new JsonArray(new JsonObject { ["name"] = "sid", ["value"] = SessionCookie, ["domain"] = "127.0.0.1", ["path"] = "/" }),
            },
        }.ToJsonString());
        var session = await WebTasksApi.ReadAsync(captured);
        var explored = await api.RunAsync(new JsonObject
        {
            ["auth"] = session["id"]!.GetValue<string>(),
            ["task"] = "List the upcoming events with their title and date",
            ["startUrl"] = sites.Url("/events/"),
            ["reuseKey"] = "secrets",
            ["model"] = "haiku",
            ["outputSchema"] = Scripts.EventsSchema(),
            ["sink"] = new JsonObject
            {
                ["type"] = "webhook", ["url"] = sites.Url("/hooks/secrets"), ["headers"] = new JsonObject { ["authorization"] = "Bearer " + SinkCredential },
            },
        });
        explored["outcome"]!.GetValue<string>().ShouldBe("success", explored.ToJsonString());
        var proxied = await api.RunAsync(new JsonObject { ["task"] = "t", ["startUrl"] = sites.Url("/directory/"), ["proxy"] = $"http://user:{ProxyPassword}@10.0.0.1:3128" });
        proxied["error"]!["code"]!.GetValue<string>().ShouldBe("rejected", proxied.ToJsonString());
        using (var wrong = new WebTasksApi(new HttpClient(new Recorder(answers)) { BaseAddress = service.BaseUrl }, WebTasksService.Workspace, ApiKey + "-wrong"))
        {
            (await wrong.SendAsync(HttpMethod.Get, "reuse-keys")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        }

        (await api.SendAsync(HttpMethod.Post, "web-tasks/start", """{ "task": 1, "sink": { "type": "webhook", "url": "ftp://x" } }""")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        await api.GetJsonAsync("reuse-keys/secrets");
        await api.GetJsonAsync("reuse-keys/secrets/revisions");
        await api.ResultAsync(explored["webTaskId"]!.GetValue<string>());

        var hook = await WaitForAsync(() => sites.Hooks.GetValueOrDefault("secrets")?.FirstOrDefault());
        hook.Headers["authorization"].ShouldBe("Bearer " + SinkCredential, "the sink gets its own credential, and nothing else does");
        using var traceResponse = await api.SendAsync(HttpMethod.Get, $"web-tasks/{explored["webTaskId"]}/trace");
        var trace = await TraceTextAsync(traceResponse);
        trace.ShouldContain("Upcoming events", customMessage: "the trace was read");

        var surfaces = new Dictionary<string, string>
        {
            ["API answers"] = string.Join("\n", answers),
            ["log lines"] = string.Join("\n", logs.Lines),
            ["prompts"] = string.Join("\n", model.Calls.SelectMany(call => call).Select(m => m.Text)),
            ["the trace"] = trace,
            ["the webhook body"] = hook.Body,
        };
        surfaces["API answers"].ShouldContain("wt_", customMessage: "answers were recorded");
        surfaces["log lines"].ShouldContain("Running web task", customMessage: "logs were captured");
        surfaces["prompts"].ShouldContain("Upcoming events", customMessage: "prompts were recorded");
        foreach (var (name, secret) in new[]
                 {
                     ("the API key", ApiKey), ("the webhook secret", WebhookSecret), ("the model's API key", ModelKey), ("the sink's credential", SinkCredential),
                     ("the proxy's password", ProxyPassword), ("the storage account key", storageKey), ("a connection string", "AccountKey="),
                     ("the auth session's cookie", SessionCookie),
                 })
        {
            foreach (var (surface, text) in surfaces)
            {
                text.ShouldNotContain(secret, Case.Sensitive, $"{name} appears in {surface}");
            }
        }
    }

    private static async Task<string> TraceTextAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.AppendLine(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            if (probe() is { } found)
            {
                return found;
            }
        }

        throw new TimeoutException("Nothing arrived within 30 s.");
    }

    /// <summary>Keeps the body of every answer the API gives this client.</summary>
    private sealed class Recorder(ConcurrentQueue<string> answers) : DelegatingHandler(new HttpClientHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            answers.Enqueue($"{(int)response.StatusCode} {request.RequestUri}\n{string.Join("\n", response.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"))}\n{await response.Content.ReadAsStringAsync(cancellationToken)}");
            return response;
        }
    }

    /// <summary>Every log line the service writes, with its exception.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
