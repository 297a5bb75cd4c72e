using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WebTasks.Browser.Sandbox;

/// <summary>
/// Jint checks its memory limit between statements, so one built-in call can allocate far past it
/// (<c>'x'.repeat(2 ** 29 - 24)</c> is a 1 GB string). The built-ins that build one large string from a small
/// input check the size they are about to allocate first and throw a <c>RangeError</c> the script can see; the
/// array constructors are bounded by Jint's own <c>MaxArraySize</c>. Blocking primitives are removed:
/// <c>Atomics.wait</c> on a <c>SharedArrayBuffer</c> blocks the script thread beyond every cancellation.
/// </summary>
internal static class AllocationGuard
{
    private const int CheckEvery = 4096;

    /// <summary>Largest string a single built-in call may build: a quarter of the memory limit (UTF-16 doubles it).</summary>
    public static long MaxChars(long memoryBytes) => Math.Max(1024, memoryBytes / 4);

    /// <summary>Largest array length: far more than any extraction needs, small enough that the slots fit the limit.</summary>
    public static uint MaxArrayLength(long memoryBytes) => (uint)Math.Clamp(memoryBytes / 32, 1024, uint.MaxValue - 1);

    public static void Install(Engine engine, long memoryBytes, CancellationToken cancellationToken)
    {
        var maxChars = MaxChars(memoryBytes);
        engine.Global.Delete("Atomics");
        engine.Global.Delete("SharedArrayBuffer");

        var rangeError = (ErrorConstructor)engine.Global.Get("RangeError");
        var strings = (ObjectInstance)engine.Evaluate("String.prototype");
        var repeat = strings.Get("repeat");
        Replace(engine, strings, "repeat", 1, (self, args) =>
        {
            var text = TypeConverter.ToString(RequireCoercible(engine, self, "repeat"));
            var count = TypeConverter.ToIntegerOrInfinity(JsBridge.Arg(args, 0));
            if (count > 0 && text.Length * count > maxChars)
            {
                throw TooLong(rangeError, "String.prototype.repeat", text.Length * count, maxChars);
            }

            return engine.Call(repeat, text, [count]);
        });

        foreach (var name in new[] { "padStart", "padEnd" })
        {
            var pad = strings.Get(name);
            Replace(engine, strings, name, 1, (self, args) =>
            {
                var text = TypeConverter.ToString(RequireCoercible(engine, self, name));
                var length = TypeConverter.ToLength(JsBridge.Arg(args, 0));
                if (length > (ulong)maxChars)
                {
                    throw TooLong(rangeError, "String.prototype." + name, length, maxChars);
                }

                return engine.Call(pad, text, [length, JsBridge.Arg(args, 1)]);
            });
        }

        // join is written out (as the spec gives it) so the running length is checked before each append.
        Replace(engine, (ObjectInstance)engine.Evaluate("Array.prototype"), "join", 1, (self, args) =>
        {
            var array = self as ObjectInstance ?? (ObjectInstance)engine.Intrinsics.Object.Call(JsValue.Undefined, [RequireCoercible(engine, self, "join")]);
            var length = TypeConverter.ToLength(array.Get("length"));
            var separator = JsBridge.Arg(args, 0) is var s && !s.IsUndefined() ? TypeConverter.ToString(s) : ",";
            if (length > 1 && (double)separator.Length * (length - 1) > maxChars)
            {
                throw TooLong(rangeError, "Array.prototype.join", separator.Length * (double)(length - 1), maxChars);
            }

            var joined = new StringBuilder();
            for (ulong i = 0; i < length; i++)
            {
                if (i % CheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (i > 0)
                {
                    joined.Append(separator);
                }

                var element = array.Get(i);
                if (!element.IsNull() && !element.IsUndefined())
                {
                    var text = TypeConverter.ToString(element);
                    if (joined.Length + (long)text.Length > maxChars)
                    {
                        throw TooLong(rangeError, "Array.prototype.join", joined.Length + (double)text.Length, maxChars);
                    }

                    joined.Append(text);
                }
            }

            return joined.ToString();
        });
    }

    private static void Replace(Engine engine, ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> body)
    {
        var fn = new ClrFunction(engine, name, body, length, PropertyFlag.Configurable);
        target.FastSetProperty(name, new PropertyDescriptor(fn, PropertyFlag.NonEnumerable | PropertyFlag.Writable | PropertyFlag.Configurable));
    }

    private static JsValue RequireCoercible(Engine engine, JsValue value, string method) =>
        value.IsNull() || value.IsUndefined() ? throw new JavaScriptException(engine.Intrinsics.TypeError, $"{method} called on null or undefined") : value;

    private static JavaScriptException TooLong(ErrorConstructor rangeError, string what, double chars, long maxChars) =>
        new(rangeError, $"Invalid string length: {what} would build {chars:0} characters; the sandbox allows at most {maxChars} in one call");
}
