using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using WebTasks.Client;

namespace WebTasks.Cli.Commands;

/// <summary><c>run</c> (start and wait, with live progress), <c>start</c> and <c>result</c>.</summary>
internal static class TaskCommands
{
    private static readonly Option<string> Task = new("--task", "-t") { Description = "What to do, in plain English", Required = true };
    private static readonly Option<string?> Url = new("--url", "-u") { Description = "The start URL (params.startUrl)" };
    private static readonly Option<string[]> Params = new("--param", "-p") { Description = "A parameter as name=value (repeatable; a JSON value is parsed)", AllowMultipleArgumentsPerToken = false };
    private static readonly Option<FileInfo?> Schema = new("--schema", "-s") { Description = "A JSON file with the outputSchema" };
    private static readonly Option<string?> Key = new("--key", "-k") { Description = "The reuse key (minted when absent)" };
    private static readonly Option<string?> Model = new("--model", "-m") { Description = "haiku, sonnet, opus or none" };
    private static readonly Option<string?> Auth = new("--auth", "-a") { Description = "An auth session (wta_…, from `webtasks auth record`): the run starts logged in" };
    private static readonly Option<double> Timeout = new("--timeout") { Description = "Seconds to wait for the result", DefaultValueFactory = _ => 900 };
    private static readonly Option<double> Poll = new("--poll") { Description = "Seconds between result checks", DefaultValueFactory = _ => 2 };

    public static Command Run()
    {
        var command = new Command("run", "Start a web task and wait for its result, showing its progress");
        AddTaskOptions(command);
        command.Options.Add(Timeout);
        command.Options.Add(Poll);
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(async () =>
        {
            var client = Connection.Client(parse, TimeSpan.FromSeconds(parse.GetValue(Poll)));
            var request = Request(parse);
            var timeout = TimeSpan.FromSeconds(parse.GetValue(Timeout));
            var json = parse.GetValue(Connection.Json);
            var result = Output.Interactive && !json
                ? await WithLiveStatusAsync(client, request, timeout, cancellationToken)
                : await client.RunAsync(request, timeout, json ? null : new StatusLines(), cancellationToken);
            return Output.Result(result, json);
        }));
        return command;
    }

    public static Command Start()
    {
        var command = new Command("start", "Start a web task and print its id");
        AddTaskOptions(command);
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(async () =>
        {
            var started = await Connection.Client(parse).StartAsync(Request(parse), cancellationToken);
            if (parse.GetValue(Connection.Json))
            {
                Output.Json(started);
            }
            else
            {
                Console.Out.WriteLine(started.WebTaskId);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Result()
    {
        var id = new Argument<string>("webTaskId") { Description = "The id printed by start (wt_…)" };
        var command = new Command("result", "Print a web task's status, or its result once completed") { id };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(async () =>
        {
            var result = await Connection.Client(parse).GetResultAsync(parse.GetValue(id)!, cancellationToken);
            if (!result.IsCompleted && !parse.GetValue(Connection.Json))
            {
                Console.Out.WriteLine(result.Status);
                return ExitCodes.Success;
            }

            return Output.Result(result, parse.GetValue(Connection.Json));
        }));
        return command;
    }

    private static void AddTaskOptions(Command command)
    {
        foreach (var option in new Option[] { Task, Url, Params, Schema, Key, Model, Auth })
        {
            command.Options.Add(option);
        }
    }

    private static WebTaskRequest Request(ParseResult parse)
    {
        var parameters = new JsonObject();
        foreach (var pair in parse.GetValue(Params) ?? [])
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new UsageException($"--param must be name=value, not '{pair}'.");
            }

            parameters[pair[..at]] = ParseValue(pair[(at + 1)..]);
        }

        JsonObject? schema = null;
        if (parse.GetValue(Schema) is { } file)
        {
            try
            {
                schema = JsonNode.Parse(File.ReadAllText(file.FullName)) as JsonObject
                    ?? throw new UsageException($"{file.Name} does not hold a JSON object (an outputSchema).");
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                throw new UsageException($"Could not read the schema {file.FullName}: {ex.Message}");
            }
        }

        return new WebTaskRequest
        {
            Task = parse.GetValue(Task)!,
            StartUrl = parse.GetValue(Url),
            Parameters = parameters.Count > 0 ? parameters : null,
            OutputSchema = schema,
            ReuseKey = parse.GetValue(Key),
            Model = parse.GetValue(Model),
            Auth = parse.GetValue(Auth),
        };
    }

    /// <summary>name=42 is a number, name=true a boolean, name={"a":1} an object; anything else a string.</summary>
    private static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>At a terminal: a spinner with the status and the time so far, until the task completes.</summary>
    private static async Task<WebTaskResult> WithLiveStatusAsync(WebTasksClient client, WebTaskRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var started = await client.StartAsync(request, cancellationToken);
        AnsiConsole.MarkupLine($"[grey]web task[/] {started.WebTaskId}");
        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync($"{started.Status} · 0.0 s", async status =>
        {
            var progress = new Progress<WebTaskResult>(r => status.Status($"{r.Status} · {clock.Elapsed.TotalSeconds:0.0} s"));
            using var ticker = new Timer(_ => status.Refresh(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
            var result = await client.WaitAsync(started.WebTaskId, timeout, progress, cancellationToken);
            var colour = result.Succeeded ? "green" : "red";
            AnsiConsole.MarkupLine($"[{colour}]{result.Status}: {result.Outcome}[/] in {clock.Elapsed.TotalSeconds:0.0} s");
            return result;
        });
    }

    /// <summary>Not at a terminal: one line on stderr each time the status changes.</summary>
    private sealed class StatusLines : IProgress<WebTaskResult>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private string? _last;

        public void Report(WebTaskResult value)
        {
            var line = value.IsCompleted ? $"{value.Status} {value.Outcome}" : value.Status;
            if (line != _last)
            {
                Console.Error.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0}s  {line}");
                _last = line;
            }
        }
    }
}
