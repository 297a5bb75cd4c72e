using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;

namespace WebTasks.Browser.Sandbox;

/// <summary>
/// Runs saved scripts in Jint: no CLR, no file system, no environment and no network except through <c>page</c>;
/// limits on time, memory, statements and recursion, and a stack-overflow guard so hostile recursion cannot take
/// the host down. A script runs on a thread of its own with a large stack; page calls block that thread.
/// </summary>
public sealed partial class ScriptSandbox(IOptions<WebTasksOptions> options)
{
    public const string Signature = "async function main({ page, params, files, log, ai })";
    private const int StackBytes = 8 * 1024 * 1024;
    private const int MaxLogChars = 2000;
    private static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(5);
    private static readonly ConcurrentDictionary<string, Prepared<Script>> Prepared = new(StringComparer.Ordinal);
    private static readonly ScriptPreparationOptions PreparationOptions = new()
    {
        ParsingOptions = new ScriptParsingOptions { RetainFunctionSourceText = true },
    };

    private readonly SandboxOptions _limits = options.Value.Sandbox;

    /// <summary>Warms the engine up (the first one in a process loads time zones, ~0.5 s).</summary>
    public static void WarmUp()
    {
        using var engine = new Engine();
        engine.Evaluate("1 + 1");
    }

    /// <summary>Null when <paramref name="code"/> is a plain script that defines <c>main</c>, else what is wrong.</summary>
    public static ScriptError? Check(string code)
    {
        var (prepared, error) = Prepare(code);
        if (error is not null)
        {
            return error;
        }

        var definesMain = prepared!.Value.Program!.Body.Any(statement => statement switch
        {
            FunctionDeclaration f => f.Id?.Name == "main",
            VariableDeclaration v => v.Declarations.Any(d => d.Id is Identifier { Name: "main" }),
            _ => false,
        });
        return definesMain ? null : new ScriptError(ScriptErrorKind.Syntax, $"The script must define {Signature}.", null);
    }

    /// <summary>Runs <c>main</c> of <paramref name="code"/> against <paramref name="run"/>'s page until it settles or a limit stops it.</summary>
    /// <param name="ai">What answers <c>ai.extract</c>; null when the run has no model (the call then fails with a message saying so).</param>
    /// <remarks>
    /// A script thread still busy <see cref="AbandonAfter"/> past its time limit is left behind (it is a background
    /// thread, blocked in a call that ignores cancellation) and the run ends as timed out: the run never waits on it.
    /// </remarks>
    public async Task<ScriptOutcome> RunAsync(string code, JsonObject parameters, RunBrowser run, IAttachmentSink attachments, TimeSpan timeout, CancellationToken cancellationToken, IAiExtractor? ai = null)
    {
        var done = new TaskCompletionSource<ScriptOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    done.SetResult(Execute(code, parameters, run, attachments, ai, timeout, cancellationToken));
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "webtasks-script",
        };
        thread.Start();
        try
        {
            return await done.Task.WaitAsync(timeout + AbandonAfter, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new ScriptOutcome(null, new ScriptError(ScriptErrorKind.Timeout, "The script ran past its time limit and did not stop; it was abandoned.", null), []);
        }
    }

    private ScriptOutcome Execute(string code, JsonObject parameters, RunBrowser run, IAttachmentSink attachments, IAiExtractor? ai, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var logs = new List<string>();
        var (prepared, syntax) = Prepare(code);
        if (syntax is not null)
        {
            return new ScriptOutcome(null, syntax, logs);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var token = deadline.Token;
        using var engine = new Engine(o =>
        {
            o.LimitMemory(_limits.MemoryBytes);
            o.TimeoutInterval(timeout);
            o.MaxStatements(_limits.MaxStatements);
            o.LimitRecursion(_limits.MaxRecursion);
            o.CancellationToken(token);
            o.Constraints.StackOverflowGuard = true;
            o.Constraints.PromiseTimeout = timeout;
            o.DisableStringCompilation();
            o.MaxArraySize(AllocationGuard.MaxArrayLength(_limits.MemoryBytes));
        });
        AllocationGuard.Install(engine, _limits.MemoryBytes, token);

        try
        {
            var js = new JsBridge(engine, token);
            UrlApi.Install(js);
            engine.Execute(prepared!.Value);
            if (engine.GetValue("main") is not Function main)
            {
                return new ScriptOutcome(null, new ScriptError(ScriptErrorKind.Syntax, $"The script must define {Signature}.", null), logs);
            }

            var log = Logger(js, logs);
            var console = js.NewObject();
            foreach (var name in new[] { "log", "info", "warn", "error", "debug" })
            {
                console.Set(name, log);
            }

            engine.SetValue("console", console);
            var context = js.NewObject();
            context.Set("page", PageApi.Create(js, run, _limits));
            context.Set("params", js.FromNode(parameters));
            context.Set("files", FilesApi.Create(js, run, attachments));
            context.Set("log", log);
            context.Set("ai", AiApi.Create(js, run, ai));

            var result = engine.Call(main, context).UnwrapIfPromise(token);
            var json = js.ToJson(result);
            return new ScriptOutcome(json is null ? null : JsonNode.Parse(json), null, logs);
        }
        catch (Exception ex) when (Classify(ex, token, cancellationToken) is { } error)
        {
            return new ScriptOutcome(null, error, logs);
        }
    }

    private ObjectInstance Logger(JsBridge js, List<string> logs)
    {
        var holder = js.NewObject();
        js.Function(holder, "log", 1, args =>
        {
            if (logs.Count < _limits.MaxLogLines)
            {
                var line = string.Join(" ", args.Select(a => a.IsString() ? a.AsString() : js.ToJson(a) ?? TypeConverter.ToString(a)));
                logs.Add(line.Length <= MaxLogChars ? line : line[..MaxLogChars] + "…");
            }

            return JsValue.Undefined;
        });
        return (ObjectInstance)holder.Get("log");
    }

    private static ScriptError? Classify(Exception ex, CancellationToken deadline, CancellationToken outer)
    {
        switch (ex)
        {
            case JavaScriptException js:
                return new ScriptError(ScriptErrorKind.Script, js.Message, js.Location.Start.Line > 0 ? js.Location.Start.Line : LineOf(js.JavaScriptStackTrace));
            case PromiseRejectedException rejected:
                return Rejected(rejected.RejectedValue);
            case TimeoutException:
                return new ScriptError(ScriptErrorKind.Timeout, "The script ran past its time limit.", null);
            case OperationCanceledException or ExecutionCanceledException when outer.IsCancellationRequested:
                return null; // the run itself was cancelled: let the caller see that
            case OperationCanceledException or ExecutionCanceledException when deadline.IsCancellationRequested:
                return new ScriptError(ScriptErrorKind.Timeout, "The script ran past its time limit.", null);
            case MemoryLimitExceededException or OutOfMemoryException:
                return new ScriptError(ScriptErrorKind.Limit, "The script used more memory than allowed.", null);
            case StatementsCountOverflowException:
                return new ScriptError(ScriptErrorKind.Limit, "The script ran more statements than allowed.", null);
            case RecursionDepthOverflowException:
                return new ScriptError(ScriptErrorKind.Limit, "The script recursed deeper than allowed.", null);
            case InvalidOperationException or ArgumentException or JintException:
                return new ScriptError(ScriptErrorKind.Script, ex.Message, null);
            default:
                return null;
        }
    }

    private static ScriptError Rejected(JsValue value)
    {
        if (value is ObjectInstance error)
        {
            var message = error.Get("message");
            var stack = error.Get("stack");
            var name = error.Get("name");
            var text = message.IsString() ? message.AsString() : TypeConverter.ToString(value);
            if (name.IsString() && name.AsString() is var n && n != "Error")
            {
                text = $"{n}: {text}";
            }

            return new ScriptError(ScriptErrorKind.Script, text, stack.IsString() ? LineOf(stack.AsString()) : null);
        }

        return new ScriptError(ScriptErrorKind.Script, "The script threw " + TypeConverter.ToString(value), null);
    }

    private static int? LineOf(string? stack)
    {
        if (stack is null)
        {
            return null;
        }

        var match = StackLine().Match(stack);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static (Prepared<Script>? Script, ScriptError? Error) Prepare(string code)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
        if (Prepared.TryGetValue(hash, out var cached))
        {
            return (cached, null);
        }

        try
        {
            var prepared = Engine.PrepareScript(code, "script.js", strict: false, PreparationOptions);
            if (Prepared.Count > 512)
            {
                Prepared.Clear();
            }

            Prepared[hash] = prepared;
            return (prepared, null);
        }
        catch (Exception ex) when (ex is ScriptPreparationException or Acornima.SyntaxErrorException or Acornima.ParseErrorException)
        {
            var inner = ex.InnerException ?? ex;
            var hint = Regex.IsMatch(code, @"^\s*(import|export)\b", RegexOptions.Multiline)
                ? " Saved code is a plain script: no import or export."
                : "";
            return (null, new ScriptError(ScriptErrorKind.Syntax, "The script does not parse: " + inner.Message + hint, LineOf(inner.Message)));
        }
    }

    [GeneratedRegex(@":(\d+):\d+")]
    private static partial Regex StackLine();
}
