using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Agent.Chat;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Core.Schema;

namespace WebTasks.Agent;

/// <param name="FailingCode">For a repair: the saved script that broke, with <paramref name="FailingError"/>.</param>
/// <param name="StorageState">The run's auth session (Playwright storage state), so the agent explores logged in.</param>
public sealed record AgentRequest(
    string WorkspaceId,
    string Task,
    string? StartUrl,
    JsonObject Parameters,
    JsonObject? OutputSchema,
    string Tier,
    string? Proxy,
    string? FailingCode = null,
    string? FailingError = null,
    string? StorageState = null);

/// <summary>Whether a finished script passed its replay from a fresh browser, and if not, why.</summary>
public sealed record Verification(bool Passed, string? Problem);

/// <summary>A verified script (with the schema it was checked against), or why there is none; and what it cost.</summary>
public sealed record AgentResult(string? Code, JsonObject? OutputSchema, string? Failure, bool BudgetSpent, UsageMeter Usage);

/// <summary>
/// The "figuring it out" run: a model explores the live page through tools (a page snapshot, snippets run in the
/// same sandbox as saved scripts) and finishes with a script, which the caller replays and verifies; failures go
/// back to the model up to a limit. Within step, token and budget limits and the run's deadline.
/// </summary>
public sealed class ScriptAgent(
    IChatModels models, BrowserHost browsers, ScriptSandbox sandbox, IAiBudget budget, ModelExtractors extractors, IOptions<WebTasksOptions> options, ILogger<ScriptAgent> logger)
{
    private const int MaxToolResultChars = 4000;

    private static readonly IList<AITool> Tools =
    [
        AIFunctionFactory.Create(() => "", "snapshot", "A compact view of the current page: URL, title, headings, forms, tables, repeated structures, pagination, links and buttons with selectors, visible text."),
        AIFunctionFactory.Create(([Description("The body of an async function receiving { page, params, log }; `return` a value to see it.")] string code) => "", "run_snippet", "Runs JavaScript on the live page, in the same sandbox as saved scripts; returns its value (shortened), logs and error with line."),
        AIFunctionFactory.Create(
            ([Description("The complete script defining " + ScriptSandbox.Signature + ".")] string code,
             [Description("JSON Schema of what main returns; required only when the task gave none.")] JsonElement? outputSchema = null) => "",
            "finish",
            "Submits the complete script. It is replayed from a fresh browser and validated; you get the result back if it fails."),
    ];

    public async Task<AgentResult> WriteAsync(AgentRequest request, Func<string, JsonObject?, CancellationToken, Task<Verification>> verify, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var model = models.For(request.Tier) ?? throw new InvalidOperationException($"No model is configured for the '{request.Tier}' tier.");
        var meter = new UsageMeter(settings.Ai);
        AgentResult Fail(string why, bool budgetSpent = false) => new(null, null, why, budgetSpent, meter);

        await using var run = await browsers.OpenAsync(new RunBrowserOptions(request.Proxy, Trace: TraceDetail.None, settings.Browser.ActionTimeout, request.StorageState), cancellationToken);
        var opening = "";
        if (request.StartUrl is not null)
        {
            try
            {
                await run.Page.GotoAsync(request.StartUrl).WaitAsync(cancellationToken);
            }
            catch (PlaywrightException ex)
            {
                opening = $"\n\n(Opening the start URL failed: {ex.Message.Split('\n')[0]})";
            }
        }

        var prompt = Prompts.Task(request.Task, request.StartUrl, request.Parameters, request.OutputSchema) + opening;
        if (request.FailingCode is not null)
        {
            prompt += "\n\n" + Prompts.Repair(request.FailingCode, request.FailingError ?? "unknown");
        }

        List<ChatMessage> messages = [new(ChatRole.System, Prompts.System), new(ChatRole.User, prompt)];
        var chatOptions = new ChatOptions { ModelId = model.Name, Tools = Tools, ToolMode = ChatToolMode.Auto, MaxOutputTokens = 8192 };
        var rejected = 0;
        var limits = settings.Ai.LimitsFor(request.Tier);
        for (var step = 1; step <= limits.MaxSteps; step++)
        {
            if (meter.Tokens >= limits.MaxTokens)
            {
                return Fail($"The model used its token limit ({limits.MaxTokens}, WebTasks:Ai:Limits:{request.Tier}:MaxTokens) without a working script.");
            }

            if (!await budget.HasRoomAsync(request.WorkspaceId, cancellationToken))
            {
                return Fail($"The workspace's AI budget (WebTasks:Ai:MonthlyBudgetUsd) is spent.", budgetSpent: true);
            }

            var response = await model.Client.GetResponseAsync(messages, chatOptions, cancellationToken);
            await budget.RecordAsync(request.WorkspaceId, meter.Add(model.Name, response.Usage), cancellationToken);
            messages.AddRange(response.Messages);
            var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0)
            {
                messages.Add(new ChatMessage(ChatRole.User, "Use the tools. When the script is ready, call finish with the complete script."));
                continue;
            }

            var results = new List<AIContent>();
            foreach (var call in calls)
            {
                string result;
                switch (call.Name)
                {
                    case "snapshot":
                        try
                        {
                            result = await PageSnapshot.TakeAsync(run.Page, settings.Ai.SnapshotTokens * 4).WaitAsync(cancellationToken);
                        }
                        catch (PlaywrightException ex)
                        {
                            // The page navigated away mid-snapshot, or closed: the model hears it and can go on.
                            result = "The snapshot failed: " + ex.Message.Split('\n')[0];
                        }

                        break;
                    case "run_snippet":
                        result = await RunSnippetAsync(run, Text(call, "code") ?? "", request.Parameters, extractors.For(request.WorkspaceId, request.Tier, meter), cancellationToken);
                        break;
                    case "finish":
                        var code = Text(call, "code") ?? "";
                        var schema = request.OutputSchema ?? ParseSchema(Text(call, "outputSchema"));
                        var problem = Check(code, schema, request.OutputSchema is null) ?? (await verify(code, schema, cancellationToken)).Problem;
                        if (problem is null)
                        {
                            logger.LogInformation("Agent finished after {Steps} steps, {Calls} calls, {Tokens} tokens", step, meter.Calls, meter.Tokens);
                            return new AgentResult(code, schema, null, false, meter);
                        }

                        if (++rejected >= settings.Ai.MaxVerifyAttempts)
                        {
                            return Fail($"The model's script failed verification {rejected} times (WebTasks:Ai:MaxVerifyAttempts); the last problem: {problem}");
                        }

                        result = "The script did not pass: " + problem + " Fix it and call finish again with the complete script.";
                        break;
                    default:
                        result = $"There is no tool '{call.Name}'. The tools are snapshot, run_snippet and finish.";
                        break;
                }

                results.Add(new FunctionResultContent(call.CallId, Shorten(result)));
            }

            messages.Add(new ChatMessage(ChatRole.Tool, results));
        }

        return Fail($"The model did not finish within {limits.MaxSteps} steps (WebTasks:Ai:Limits:{request.Tier}:MaxSteps).");
    }

    /// <summary>Parses and shape-checks a finished script before spending a replay on it.</summary>
    private static string? Check(string code, JsonObject? schema, bool schemaFromModel)
    {
        if (ScriptSandbox.Check(code) is { } error)
        {
            return "The script does not parse: " + error + ".";
        }

        if (schema is null)
        {
            return schemaFromModel ? "No outputSchema was given with the task, so finish needs one: a JSON Schema of what main returns." : null;
        }

        try
        {
            OutputSchema.Parse(schema);
            return null;
        }
        catch (BadRequestException ex)
        {
            return ex.Message;
        }
    }

    private async Task<string> RunSnippetAsync(RunBrowser run, string body, JsonObject parameters, IAiExtractor? ai, CancellationToken cancellationToken)
    {
        var code = ScriptSandbox.Signature + " {\n" + body + "\n}";
        var outcome = await sandbox.RunAsync(code, (JsonObject)parameters.DeepClone(), run, new NoDownloads(), TimeSpan.FromSeconds(60), cancellationToken, ai);
        var result = new JsonObject
        {
            ["value"] = outcome.Value?.DeepClone(),
            ["logs"] = new JsonArray(outcome.Logs.Take(20).Select(l => (JsonNode?)l).ToArray()),
        };
        if (outcome.Error is { } error)
        {
            // Line numbers as the model wrote them: the wrapper adds one line before the body.
            result["error"] = error.Line is { } line ? $"{error.Message} (line {line - 1})" : error.Message;
        }

        return result.ToJsonString();
    }

    private static JsonObject? ParseSchema(string? text)
    {
        try
        {
            return text is null ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null; // reported to the model as a missing schema
        }
    }

    private static string? Text(FunctionCallContent call, string name) =>
        call.Arguments is not null && call.Arguments.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            JsonElement e => e.GetRawText(),
            JsonNode n => n is JsonValue v && v.TryGetValue<string>(out var t) ? t : n.ToJsonString(),
            _ => value.ToString(),
        } : null;

    private static string Shorten(string text) => text.Length <= MaxToolResultChars ? text : text[..MaxToolResultChars] + " …(cut)";

    /// <summary>Exploring does not keep files: a snippet that downloads learns that it works, not the file.</summary>
    private sealed class NoDownloads : IAttachmentSink
    {
        public async Task<StoredAttachment> StoreAsync(string fileName, Stream content, CancellationToken cancellationToken)
        {
            var size = 0L;
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
            }

            return new StoredAttachment(fileName, "application/octet-stream", size, "(not kept while exploring)");
        }
    }
}
