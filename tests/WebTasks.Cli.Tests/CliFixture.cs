using System.Diagnostics;
using WebTasks.Sites;
using WebTasks.Testing;

namespace WebTasks.Cli.Tests;

/// <summary>What one run of the webtasks command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>The real service and sites, and the built webtasks command run as a process of its own.</summary>
public sealed class CliFixture : IAsyncLifetime
{
    public WebTasksService Service { get; private set; } = null!;

    public SiteServer Sites { get; private set; } = null!;

    private static string Command => Path.Combine(AppContext.BaseDirectory, "webtasks.dll");

    public async Task InitializeAsync()
    {
        Sites = await SiteServer.StartAsync();
        Service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Browser:Trace"] = "always" });
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Sites.DisposeAsync();
    }

    /// <summary>Runs <c>webtasks</c> with output redirected (not a terminal); the connection comes from the environment.</summary>
    public Task<CliRun> RunAsync(params string[] args) => StartAsync("dotnet", [Command, .. args]);

    /// <summary>Runs <c>webtasks</c> under a pseudo-terminal (util-linux <c>script</c>), as a person at a terminal would.</summary>
    public Task<CliRun> RunInTerminalAsync(params string[] args) =>
        StartAsync("script", ["-qefc", string.Join(' ', new[] { "dotnet", Command }.Concat(args).Select(Quote)), "/dev/null"]);

    private async Task<CliRun> StartAsync(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["WEBTASKS_URL"] = Service.BaseUrl.ToString();
        start.Environment["WEBTASKS_API_KEY"] = WebTasksService.ApiKey;
        start.Environment["WEBTASKS_WORKSPACE"] = WebTasksService.Workspace;
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
