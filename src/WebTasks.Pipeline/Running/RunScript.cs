using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebTasks.Browser;
using WebTasks.Browser.Sandbox;
using WebTasks.Core.Options;
using WebTasks.Pipeline.Auth;
using WebTasks.Pipeline.Results;
using WebTasks.Storage.Blobs;

namespace WebTasks.Pipeline.Running;

/// <param name="Ai">What answers the script's ai.extract calls (null: the run has no model).</param>
/// <param name="Writing">The script is being written or repaired (a replay that verifies it): its trace is kept.</param>
/// <param name="Accepts">Whether the output counts as a success; a run whose output does not keeps its trace.</param>
/// <param name="Session">The auth session the context starts with; its secrets are taken out of the trace.</param>
public sealed record RunScriptInput(
    string WorkspaceId, string WebTaskId, string Code, JsonObject Parameters, string? Proxy, DateTimeOffset Deadline, IAiExtractor? Ai = null, bool Writing = false,
    Func<JsonNode?, bool>? Accepts = null, LoadedSession? Session = null);

/// <param name="LoginPage">With a session: the URL of the login form the run ended on (the session no longer logs in).</param>
/// <param name="RefreshedState">With a session that refreshes: the cookies and storage a successful run ended with.</param>
public sealed record RunScriptOutput(ScriptOutcome Outcome, string? TraceBlob, IReadOnlyList<string> Blocked, string? LoginPage = null, string? RefreshedState = null);

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
        var trace = TraceModes.Parse(settings.Trace);

        // Retain-on-failure: full snapshots where a trace is read most (a script being written or repaired); a replay
        // of saved code records its actions, console and network, which show where it failed at almost no cost.
        var detail = trace == TraceModes.Off ? TraceDetail.None
            : trace == TraceModes.Always || input.Writing ? TraceDetail.Snapshots
            : TraceDetail.Actions;
        await using var run = await browsers.OpenAsync(new RunBrowserOptions(input.Proxy, detail, actionTimeout, input.Session?.StorageState), cancellationToken);
        ScriptOutcome outcome;
        try
        {
            var parameters = (JsonObject)input.Parameters.DeepClone();
            var attachments = new AttachmentSink(files, input.WorkspaceId, input.WebTaskId);
            outcome = await sandbox.RunAsync(input.Code, parameters, run, attachments, remaining, cancellationToken, input.Ai);
            outcome = RefuseForeignAttachments(outcome, attachments);
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await run.DisposeAsync();
            }
        }

        var loginPage = input.Session is null ? null : await run.LoginFormAsync();
        var refreshed = input.Session is { Refresh: true } && outcome.Succeeded && loginPage is null ? await run.StorageStateAsync() : null;
        var keep = trace == TraceModes.Always || input.Writing || !outcome.Succeeded || loginPage is not null || input.Accepts?.Invoke(outcome.Value) == false;
        var traceBlob = keep ? await SaveTraceAsync(run, input) : null;
        return new RunScriptOutput(outcome, traceBlob, [.. run.Blocked], loginPage, refreshed);
    }

    /// <summary>An attachment in the output must be one that files.download stored in this run; any other path is refused.</summary>
    private static ScriptOutcome RefuseForeignAttachments(ScriptOutcome outcome, AttachmentSink attachments)
    {
        var foreign = AttachmentLinks.Find(outcome.Value).Select(a => a.Path).FirstOrDefault(path => !attachments.Stored(path));
        return foreign is null
            ? outcome
            : outcome with
            {
                Value = null,
                Error = new ScriptError(
                    ScriptErrorKind.Script, $"The script returned an attachment that files.download did not produce in this run (path '{Shorten(foreign)}'); only files downloaded by the run can be attachments.", null),
            };
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

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

            // A logged-in run's trace would hold the session's cookies and storage: they are taken out before it is stored.
            if (input.Session is { } session)
            {
                TraceScrubber.Scrub(path, session.Secrets);
            }

            var blob = files.Trace(input.WorkspaceId, input.WebTaskId);
            await using (var stream = File.OpenRead(path))
            {
                await files.UploadAsync(blob, stream, "application/zip", $"{input.WebTaskId}-trace.zip", limit.Token);
            }

            return blob.Name;
        }
        catch (Exception ex) when (ex is PlaywrightException or OperationCanceledException or IOException or InvalidDataException or Azure.RequestFailedException)
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

    /// <summary>Stores a run's downloads in the run's own folder and remembers them: only these may be returned as attachments.</summary>
    private sealed class AttachmentSink(FileStore files, string workspaceId, string webTaskId) : IAttachmentSink
    {
        private readonly ConcurrentDictionary<string, bool> _stored = new(StringComparer.Ordinal);

        public bool Stored(string path) => _stored.ContainsKey(path);

        public async Task<StoredAttachment> StoreAsync(string fileName, Stream content, CancellationToken cancellationToken)
        {
            var path = FileStore.AttachmentPath(workspaceId, webTaskId, fileName);
            var contentType = ContentTypes.TryGetContentType(fileName, out var known) ? known : "application/octet-stream";
            var blob = files.Attachment(path);
            await using var counter = new CountingStream(content);
            await files.UploadAsync(blob, counter, contentType, fileName, cancellationToken);
            _stored[path] = true;
            return new StoredAttachment(fileName, contentType, counter.BytesRead, path);
        }
    }
}
