using System.Text.Json.Nodes;
using WebTasks.Browser.Sandbox;

namespace WebTasks.Pipeline.Running;

/// <summary>A new script's replay, and why it does not count (null when it does).</summary>
public sealed record ReplayOutput(RunScriptOutput Output, string? Problem)
{
    public bool TimedOut => Output.Outcome.Error?.Kind == ScriptErrorKind.Timeout;
}

/// <summary>
/// The check every newly written script (the planner's or the agent's) passes before it is saved: replayed from a
/// fresh browser context, its output matches the schema and, when records are expected, holds at least one.
/// </summary>
public sealed class ReplayScript(RunScript runScript, VerifyOutput verify)
{
    public async Task<ReplayOutput> RunAsync(RunScriptInput input, JsonObject? schema, bool requireRecords, CancellationToken cancellationToken)
    {
        var output = await runScript.RunAsync(input, cancellationToken);
        if (output.Outcome.Error is { } error)
        {
            return new ReplayOutput(output, $"Replayed from a fresh browser, it failed: {error}.");
        }

        var verdict = verify.Run(new VerifyInput(output.Outcome.Value, schema));
        if (!verdict.Valid)
        {
            return new ReplayOutput(output, "Its output does not match the output schema: " + string.Join("; ", verdict.Errors) + ".");
        }

        return requireRecords && Records.Count(output.Outcome.Value) == 0
            ? new ReplayOutput(output, "Replayed from a fresh browser, it returned no records.")
            : new ReplayOutput(output, null);
    }
}

/// <summary>How many records a result holds, and whether a schema expects a list of them.</summary>
public static class Records
{
    public static int Count(JsonNode? value) => value switch
    {
        JsonArray records => records.Count,
        JsonObject wrapper => wrapper.Select(p => p.Value).OfType<JsonArray>().Sum(a => a.Count),
        _ => 0,
    };

    public static bool ExpectsItems(JsonObject? schema) =>
        schema is not null && (TypeIs(schema, "array") || (schema["properties"] as JsonObject)?.Any(p => p.Value is JsonObject s && TypeIs(s, "array")) == true);

    private static bool TypeIs(JsonObject schema, string type) => schema["type"] is JsonValue v && v.TryGetValue<string>(out var t) && t == type;
}
