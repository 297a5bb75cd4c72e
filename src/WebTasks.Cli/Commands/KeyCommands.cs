using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebTasks.Cli.Commands;

/// <summary><c>keys list|show|code|put|revisions|rollback</c> and <c>trace</c>.</summary>
internal static class KeyCommands
{
    public static Command Keys()
    {
        var key = new Argument<string>("key") { Description = "The reuse key" };
        var keys = new Command("keys", "Reuse keys and their saved scripts");

        var list = new Command("list", "The workspace's keys with their current revision");
        list.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            PrintAll(parse, await Connection.Client(parse).ListReuseKeysAsync(ct), k => $"{k.Key,-40} {k.RevisionId}  {k.Author,-8} {k.RevisionTimestamp:u}  {k.RevisionCount} revision(s)");
            return ExitCodes.Success;
        }));

        var show = new Command("show", "The key's current revision") { key };
        show.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var current = await Connection.Client(parse).GetReuseKeyAsync(parse.GetValue(key)!, ct);
            if (parse.GetValue(Connection.Json))
            {
                Output.Json(current);
            }
            else
            {
                Console.Out.WriteLine($"key:       {current.Key}\nrevision:  {current.RevisionId} ({current.RevisionTimestamp:u})\nauthor:    {current.Author}\nfrom task: {current.SourceWebTaskId ?? "-"}\n");
                Console.Out.WriteLine(current.Code);
            }

            return ExitCodes.Success;
        }));

        var code = new Command("code", "Print the key's current script, as saved") { key };
        code.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            Console.Out.Write((await Connection.Client(parse).GetReuseKeyAsync(parse.GetValue(key)!, ct)).Code);
            return ExitCodes.Success;
        }));

        var file = new Option<FileInfo>("--file", "-f") { Description = "The script to save", Required = true };
        var schema = new Option<FileInfo?>("--schema", "-s") { Description = "A JSON file with the outputSchema to save with it" };
        var put = new Command("put", "Save a script as the key's new current revision") { key, file, schema };
        put.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var saved = await Connection.Client(parse).PutCodeAsync(parse.GetValue(key)!, Read(parse.GetValue(file)!), parse.GetValue(schema) is { } s ? JsonNode.Parse(Read(s)) as JsonObject : null, ct);
            Print(parse, saved, $"saved {saved.Key} as revision {saved.RevisionId}");
            return ExitCodes.Success;
        }));

        var revisions = new Command("revisions", "The key's revisions, newest first") { key };
        revisions.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            PrintAll(parse, await Connection.Client(parse).ListRevisionsAsync(parse.GetValue(key)!, ct), r =>
                $"{(r.Current ? "*" : " ")} {r.RevisionId}  {r.Author,-8} {r.RevisionTimestamp:u}{(r.RestoredFrom is null ? "" : $"  (restores {r.RestoredFrom})")}");
            return ExitCodes.Success;
        }));

        var to = new Option<string>("--to") { Description = "The revision to make current again", Required = true };
        var rollback = new Command("rollback", "Make an older revision current again") { key, to };
        rollback.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var saved = await Connection.Client(parse).RollbackAsync(parse.GetValue(key)!, parse.GetValue(to)!, ct);
            Print(parse, saved, $"{saved.Key} is at revision {saved.RevisionId} (the code of {parse.GetValue(to)})");
            return ExitCodes.Success;
        }));

        foreach (var sub in new[] { list, show, code, put, revisions, rollback })
        {
            keys.Subcommands.Add(sub);
        }

        return keys;
    }

    public static Command Trace()
    {
        var id = new Argument<string>("webTaskId") { Description = "The run whose Playwright trace to download" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the zip", Required = true };
        var command = new Command("trace", "Download a run's Playwright trace (open it with npx playwright show-trace)") { id, output };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var path = parse.GetValue(output)!.FullName;
            await using (var file = File.Create(path))
            {
                await Connection.Client(parse).DownloadTraceAsync(parse.GetValue(id)!, file, ct);
            }

            Console.Error.WriteLine($"trace written to {path} ({new FileInfo(path).Length} bytes)");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void PrintAll<T>(ParseResult parse, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (parse.GetValue(Connection.Json))
        {
            Output.Json(items);
            return;
        }

        foreach (var item in items)
        {
            Console.Out.WriteLine(line(item));
        }
    }

    private static void Print(ParseResult parse, Client.ReuseKey saved, string words)
    {
        if (parse.GetValue(Connection.Json))
        {
            Output.Json(saved);
        }
        else
        {
            Console.Out.WriteLine(words);
        }
    }

    private static string Read(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Could not read {file.FullName}: {ex.Message}");
        }
    }
}
