using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WebTasks.Testing;

/// <summary>
/// A local server the tests start from npm (Azurite, s3rver): found in .tools/ (where `make test` installs it), in the
/// variable that names it, or on PATH; started with a watchdog and ready once its ports listen.
/// </summary>
public static class LocalTool
{
    /// <summary>The watchdogs started, held so that their pipes stay open (a collected one would close its pipe) for as long as this process.</summary>
    private static readonly List<Process> Running = [];

    public static string Find(string name, string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".tools", "node_modules", ".bin", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);
        return onPath ?? throw new FileNotFoundException($"{name} was not found: run `make test` (it installs it into .tools/), or set {variable}.");
    }

    /// <summary>Starts <paramref name="executable"/> and waits until every one of <paramref name="ports"/> listens.</summary>
    public static async Task<Process> StartAsync(string executable, IEnumerable<string> args, params int[] ports)
    {
        // A watchdog shell ends the tool when this process ends, however it ends (test hosts are often killed, at times
        // while killing the tool themselves): it waits on a pipe from this process, which the kernel closes when this
        // process goes, then kills the tool. With KILL: after a TERM, Azurite waits on connections that no one will
        // close, and both tools keep nothing. (The tool's own input is /dev/null, as for any command run in the background.)
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("""
            "$@" & child=$!; read -r _; kill -9 "$child" 2>/dev/null
            """);
        start.ArgumentList.Add("tool-watchdog");
        start.ArgumentList.Add(executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (Running)
        {
            Running.Add(process);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in ports)
        {
            while (!await IsListeningAsync(port))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"{executable} did not start listening on port {port}.");
                }

                await Task.Delay(100);
            }
        }

        return process;
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
