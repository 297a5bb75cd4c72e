using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using WebTasks.Client;

namespace WebTasks.Cli;

/// <summary>Printing: JSON for --json and pipes, words and colour for people at a terminal.</summary>
internal static class Output
{
    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public static void Json<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Pretty));

    /// <summary>A completed result: its data (or file link) on stdout, the rest on stderr; the exit code by outcome.</summary>
    public static int Result(WebTaskResult result, bool json)
    {
        if (json)
        {
            Json(result);
        }
        else
        {
            if (result.Succeeded)
            {
                if (result.Result?.File is { } file)
                {
                    Console.Out.WriteLine(file.Url);
                    Console.Error.WriteLine($"result file: {file.SizeBytes} bytes, {file.Preview?.RowCount} rows, link valid until {file.ExpiresAt:u}");
                }
                else
                {
                    Json(result.Result?.Data);
                }
            }
            else if (result.Error is { } error)
            {
                Console.Error.WriteLine($"failed ({error.Code}): {error.Message}");
            }

            if (result.Reuse is { } reuse)
            {
                Console.Error.WriteLine($"reuse: key={reuse.Key} used={Lower(reuse.Used)} created={Lower(reuse.Created)} updated={Lower(reuse.Updated)} revision={reuse.RevisionId}");
            }

            if (result.Cost is { } cost && result.Timings is { } timings)
            {
                Console.Error.WriteLine($"cost: ${cost.AiUsd} AI, {cost.Compute.Amount:0.######} compute {cost.Compute.Unit}; duration {timings.DurationMs} ms");
            }
        }

        return !result.IsCompleted || result.Succeeded ? ExitCodes.Success : ExitCodes.TaskFailed;
    }

    public static void Error(string message)
    {
        if (Interactive)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        }
        else
        {
            Console.Error.WriteLine("error: " + message);
        }
    }

    private static string Lower(bool value) => value ? "true" : "false";
}
