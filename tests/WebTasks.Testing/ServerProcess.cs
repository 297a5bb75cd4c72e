using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace WebTasks.Testing;

/// <summary>The service as a separate OS process (the built WebTasks.Server.dll), so a test can kill it outright.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const string ListeningOn = "Now listening on:";

    private readonly Process _process;

    private readonly ConcurrentQueue<string> _output;

    private ServerProcess(Process process, Uri baseUrl, ConcurrentQueue<string> output)
    {
        _process = process;
        BaseUrl = baseUrl;
        _output = output;
    }

    public Uri BaseUrl { get; }

    public int Id => _process.Id;

    public static async Task<ServerProcess> StartAsync(IDictionary<string, string?> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "WebTasks.Server.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);

        // Port 0 and Kestrel's own "Now listening on" line: a port found free beforehand may be another test's by then.
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        var output = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler keep = (_, line) =>
        {
            Keep(output, line.Data);
            var at = line.Data?.IndexOf(ListeningOn, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line.Data![(at + ListeningOn.Length)..].Trim().TrimEnd('/') + "/"));
            }
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        using var http = new HttpClient();
        while (true)
        {
            if (listening.Task.IsCompleted)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(listening.Task.Result, "healthz"));
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or SocketException)
                {
                    // not serving yet
                }
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"The server process did not become healthy (exited: {process.HasExited}). Its last lines:\n{string.Join('\n', output.TakeLast(20))}");
            }

            await Task.Delay(200);
        }

        return new ServerProcess(process, await listening.Task, output);
    }

    /// <summary>What the process has written to stdout and stderr so far.</summary>
    public IReadOnlyCollection<string> Output => _output;

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null && output.Count < 20_000)
        {
            output.Enqueue(line);
        }
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, as when a machine dies.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
