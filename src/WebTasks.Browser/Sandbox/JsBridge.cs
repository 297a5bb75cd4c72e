using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using Microsoft.Playwright;

namespace WebTasks.Browser.Sandbox;

/// <summary>
/// The narrow bridge between a script's engine and C#: plain JS objects whose functions block on the Playwright
/// call they stand for (the script runs on its own thread), JSON text across the boundary, and failures turned
/// into JS <c>Error</c>s the script can catch — except cancellation, which it must not be able to swallow.
/// </summary>
internal sealed class JsBridge(Engine engine, CancellationToken cancellationToken)
{
    public Engine Engine { get; } = engine;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public JsObject NewObject() => new(Engine);

    public void Function(ObjectInstance target, string name, int length, Func<JsValue[], JsValue> body)
    {
        var fn = new ClrFunction(Engine, name, (_, args) => body(args), length, PropertyFlag.Configurable);
        target.FastSetProperty(name, new PropertyDescriptor(fn, PropertyFlag.NonEnumerable));
    }

    /// <summary>Runs a Playwright call to completion on the script's thread.</summary>
    public T Await<T>(Func<Task<T>> call)
    {
        try
        {
            return call().WaitAsync(CancellationToken).GetAwaiter().GetResult();
        }
        catch (PlaywrightException ex)
        {
            throw Error(Shorten(ex.Message));
        }
        catch (TimeoutException ex)
        {
            throw Error(Shorten(ex.Message));
        }
    }

    public void Await(Func<Task> call) => Await(async () =>
    {
        await call();
        return true;
    });

    public JavaScriptException Error(string message) => new(Engine.Intrinsics.Error, message);

    public JsValue FromJson(string? json) => json is null ? JsValue.Undefined : new JsonParser(Engine).Parse(json);

    public JsValue FromNode(JsonNode? node) => node is null ? JsValue.Null : FromJson(node.ToJsonString());

    /// <summary>JSON.stringify semantics; null for <c>undefined</c> and functions.</summary>
    public string? ToJson(JsValue value)
    {
        var text = new JsonSerializer(Engine).Serialize(value);
        return text.IsUndefined() ? null : text.AsString();
    }

    public static JsValue Str(string? text) => text is null ? JsValue.Null : new JsString(text);

    public JavaScriptException TypeError(string message) => new(Engine.Intrinsics.TypeError, message);

    public string RequireString(JsValue[] args, int index, string function, string what)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        return value.IsString() ? value.AsString() : throw TypeError($"{function}: {what} must be a string");
    }

    public static string? OptionalString(JsValue[] args, int index) =>
        index < args.Length && args[index].IsString() ? args[index].AsString() : null;

    public static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    /// <summary>A named option of an options object (<c>{ timeout: 5000 }</c>), if given.</summary>
    public static JsValue Option(JsValue[] args, int index, string name) =>
        index < args.Length && args[index].IsObject() ? args[index].AsObject().Get(name) : JsValue.Undefined;

    public static float? NumberOption(JsValue[] args, int index, string name)
    {
        var value = Option(args, index, name);
        return value.IsNumber() ? (float)value.AsNumber() : null;
    }

    public static string? StringOption(JsValue[] args, int index, string name)
    {
        var value = Option(args, index, name);
        return value.IsString() ? value.AsString() : null;
    }

    /// <summary>The source text of a function (or a string of code) to send to the page, as Playwright does.</summary>
    public string FunctionSource(JsValue value, string function)
    {
        if (value.IsString())
        {
            return value.AsString();
        }

        if (value is Jint.Native.Function.Function)
        {
            return TypeConverter.ToString(value);
        }

        throw TypeError($"{function}: expected a function or a string of code");
    }

    private static string Shorten(string message)
    {
        // Playwright appends a call log; the first lines say what went wrong.
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join("\n", lines.Take(4)).Trim();
        return text.Length <= 1500 ? text : text[..1500] + "…";
    }
}
