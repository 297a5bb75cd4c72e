using System.CommandLine;
using WebTasks.Client;

namespace WebTasks.Cli;

/// <summary>The options every command shares: where the service is, who calls, and how to print.</summary>
internal static class Connection
{
    public static readonly Option<string?> Endpoint = new("--endpoint")
    {
        Description = "The service's base URL (default: $WEBTASKS_URL, else http://127.0.0.1:5080)",
        Recursive = true,
    };

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "The workspace's API key (default: $WEBTASKS_API_KEY)",
        Recursive = true,
    };

    public static readonly Option<string?> Workspace = new("--workspace")
    {
        Description = "The workspace (default: $WEBTASKS_WORKSPACE, else demo)",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print the API's JSON only (for scripts)",
        Recursive = true,
    };

    public static WebTasksClient Client(ParseResult parse, TimeSpan? pollInterval = null)
    {
        var endpoint = parse.GetValue(Endpoint) ?? Environment.GetEnvironmentVariable("WEBTASKS_URL") ?? "http://127.0.0.1:5080";
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--endpoint must be an http(s) URL, not '{endpoint}'.");
        }

        return WebTasksClient.Create(new WebTasksClientOptions
        {
            BaseUrl = baseUrl,
            ApiKey = parse.GetValue(ApiKey) ?? Environment.GetEnvironmentVariable("WEBTASKS_API_KEY"),
            Workspace = parse.GetValue(Workspace) ?? Environment.GetEnvironmentVariable("WEBTASKS_WORKSPACE") ?? "demo",
            PollInterval = pollInterval ?? TimeSpan.FromSeconds(2),
        });
    }
}

/// <summary>The command line was wrong in a way the parser cannot see (a bad file, a bad k=v).</summary>
internal sealed class UsageException(string message) : Exception(message);
