using System.Text.Json.Nodes;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Options;
using WebTasks.Storage.Blobs;

namespace WebTasks.Pipeline.Stages;

/// <param name="Ai">What answers the script's ai.extract calls (null: the run has no model).</param>
public sealed record RunScriptInput(string WorkspaceId, string WebTaskId, string Code, JsonObject Parameters, string? Proxy, DateTimeOffset Deadline, IAiExtractor? Ai = null);

public sealed record RunScriptOutput(ScriptOutcome Outcome, string? TraceBlob, IReadOnlyList<string> Blocked);

/// <summary>
/// Stage 4: runs a script in the sandbox against a fresh browser context, records its Playwright trace, and closes
/// the context whatever happens (closing is also what aborts a page call still in flight at the deadline).
/// </summary>
public sealed class RunScript(BrowserHost browsers, ScriptSandbox sandbox, FileStore files, IOptions<WebTasksOptions> options, ILogger<RunScript> logger)
{
    private static readonly TimeSpan TraceSaveLimit = TimeSpan.FromSeconds(15);

    public async Task<RunScriptOutput> RunAsync(RunScriptInput input, CancellationToken cancellationToken)
    {
        var remaining = input.Deadline - DateTimeOffset.UtcNow;
        if (remaining <= TimeSpan.Zero)
        {
            return new RunScriptOutput(new ScriptOutcome(null, new ScriptError(ScriptErrorKind.Timeout, "The run's deadline passed before the script started.", null), []), null, []);
        }

        var settings = options.Value.Browser;
        var actionTimeout = settings.ActionTimeout < remaining ? settings.ActionTimeout : remaining;
        await using var run = await browsers.OpenAsync(new RunBrowserOptions(input.Proxy, settings.Trace, actionTimeout), cancellationToken);
        ScriptOutcome outcome;
        try
        {
            var parameters = (JsonObject)input.Parameters.DeepClone();
            outcome = await sandbox.RunAsync(input.Code, parameters, run, new AttachmentSink(files, input.WorkspaceId, input.WebTaskId), remaining, cancellationToken, input.Ai);
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await run.DisposeAsync();
            }
        }

        var trace = await SaveTraceAsync(run, input);
        return new RunScriptOutput(outcome, trace, [.. run.Blocked]);
    }

    private async Task<string?> SaveTraceAsync(RunBrowser run, RunScriptInput input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"webtasks-trace-{input.WebTaskId}-{Guid.NewGuid():N}.zip");
        try
        {
            using var limit = new CancellationTokenSource(TraceSaveLimit);
            if (!await run.SaveTraceAsync(path).WaitAsync(limit.Token))
            {
                return null;
            }

            var blob = files.Trace(input.WorkspaceId, input.WebTaskId);
            await using (var stream = File.OpenRead(path))
            {
                await files.UploadAsync(blob, stream, "application/zip", $"{input.WebTaskId}-trace.zip", limit.Token);
            }

            return blob.Name;
        }
        catch (Exception ex) when (ex is PlaywrightException or OperationCanceledException or IOException or Azure.RequestFailedException)
        {
            // A trace is a help, never a reason to fail the run.
            logger.LogWarning(ex, "Could not save the trace of {WebTaskId}", input.WebTaskId);
            return null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private sealed class AttachmentSink(FileStore files, string workspaceId, string webTaskId) : IAttachmentSink
    {
        public async Task<StoredAttachment> StoreAsync(string fileName, Stream content, CancellationToken cancellationToken)
        {
            var safeName = string.Concat(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
            if (safeName.Length == 0 || safeName.Length > 200)
            {
                safeName = "download";
            }

            var path = $"{workspaceId}/{webTaskId}/{Guid.NewGuid():N}/{safeName}";
            var contentType = ContentTypes.TryGetContentType(fileName, out var known) ? known : "application/octet-stream";
            var blob = files.Attachment(path);
            await using var counter = new CountingStream(content);
            await files.UploadAsync(blob, counter, contentType, fileName, cancellationToken);
            return new StoredAttachment(fileName, contentType, counter.BytesRead, path);
        }
    }
}
