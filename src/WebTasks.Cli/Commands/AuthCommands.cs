using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebTasks.Client;

namespace WebTasks.Cli.Commands;

/// <summary><c>auth record|upload|list|show|delete</c>: the captured browser sessions tasks start logged in with.</summary>
internal static class AuthCommands
{
    private static readonly Option<string?> Name = new("--name", "-n") { Description = "A name to tell the session apart" };
    private static readonly Option<string[]> Domains = new("--domain", "-d") { Description = "A host the session may be sent to (repeatable; default: those of its cookies)" };
    private static readonly Option<bool> NoRefresh = new("--no-refresh") { Description = "Keep the session as captured: runs do not save renewed cookies back" };

    public static Command Auth()
    {
        var auth = new Command("auth", "Auth sessions: log in once in a real browser, then run tasks logged in (--auth wta_…)");
        var id = new Argument<string>("authSessionId") { Description = "The session (wta_…)" };

        var url = new Option<string>("--url", "-u") { Description = "The page to log in on", Required = true };
        var until = new Option<string?>("--until") { Description = "Finish when the browser reaches a URL matching this glob (e.g. **/dashboard) instead of when the window closes" };
        var browser = new Option<string?>("--browser") { Description = "The Chromium to open (default: $WEBTASKS_CHROMIUM or /usr/bin/chromium)" };
        var headless = new Option<bool>("--headless") { Description = "No window (only with --until: for a login a page does by itself)" };
        var record = new Command("record", "Open Chromium at --url; log in; close the window (or reach --until); the session is uploaded")
        {
            url, until, browser, headless, Name, Domains, NoRefresh,
        };
        record.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            if (parse.GetValue(headless) && parse.GetValue(until) is null)
            {
                throw new UsageException("--headless needs --until: with no window, nobody can close it.");
            }

            var state = await SessionRecorder.RecordAsync(
                parse.GetValue(url)!, parse.GetValue(until), parse.GetValue(browser) ?? Environment.GetEnvironmentVariable("WEBTASKS_CHROMIUM") ?? "/usr/bin/chromium",
                parse.GetValue(headless), ct);
            return await UploadAsync(parse, state, ct);
        }));

        var file = new Option<FileInfo>("--file", "-f") { Description = "A storage state JSON file (as Playwright's storageState writes it)", Required = true };
        var upload = new Command("upload", "Upload a storage state saved by Playwright") { file, Name, Domains, NoRefresh };
        upload.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!.FullName;
            JsonObject state;
            try
            {
                state = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new UsageException($"{path} does not hold a JSON object (a storage state).");
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                throw new UsageException($"Could not read the storage state {path}: {ex.Message}");
            }

            return await UploadAsync(parse, state, ct);
        }));

        var list = new Command("list", "The workspace's auth sessions, newest first");
        list.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var sessions = await Connection.Client(parse).ListAuthSessionsAsync(ct);
            if (parse.GetValue(Connection.Json))
            {
                Output.Json(sessions);
            }
            else
            {
                foreach (var s in sessions)
                {
                    Console.Out.WriteLine(Describe(s));
                }
            }

            return ExitCodes.Success;
        }));

        var show = new Command("show", "One auth session (never its cookies)") { id };
        show.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            Print(parse, await Connection.Client(parse).GetAuthSessionAsync(parse.GetValue(id)!, ct));
            return ExitCodes.Success;
        }));

        var delete = new Command("delete", "Delete an auth session") { id };
        delete.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            await Connection.Client(parse).DeleteAuthSessionAsync(parse.GetValue(id)!, ct);
            Console.Error.WriteLine($"deleted {parse.GetValue(id)}");
            return ExitCodes.Success;
        }));

        foreach (var sub in new[] { record, upload, list, show, delete })
        {
            auth.Subcommands.Add(sub);
        }

        return auth;
    }

    private static async Task<int> UploadAsync(ParseResult parse, JsonObject state, CancellationToken cancellationToken)
    {
        var domains = parse.GetValue(Domains) is { Length: > 0 } given ? given : null;
        var session = await Connection.Client(parse).CaptureAuthSessionAsync(state, parse.GetValue(Name), domains, !parse.GetValue(NoRefresh), cancellationToken);
        Print(parse, session);
        return ExitCodes.Success;
    }

    private static void Print(ParseResult parse, AuthSession session)
    {
        if (parse.GetValue(Connection.Json))
        {
            Output.Json(session);
        }
        else
        {
            Console.Out.WriteLine(Describe(session));
        }
    }

    private static string Describe(AuthSession s) =>
        $"{s.Id}  {s.Name ?? "-",-20} {string.Join(",", s.Domains),-30} {s.CookieCount} cookie(s), {s.OriginCount} origin(s)" +
        $"{(s.ExpiresAt is { } e ? $", expires {e:u}" : "")}{(s.Refresh ? "" : ", not refreshed")}";
}
