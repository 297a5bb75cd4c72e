using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace WebTasks.Testing;

/// <summary>
/// A real Azurite (blobs, queues, tables) on free loopback ports, in memory, for the life of the test process.
/// One per process: tests isolate themselves with a storage prefix instead of paying 2–3 s for another Azurite.
/// </summary>
public sealed class Azurite
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<Task<Azurite>> Shared = new(StartAsync);

    private Azurite(int blobPort, int queuePort, int tablePort)
    {
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static Task<Azurite> GetAsync() => Shared.Value;

    /// <summary>A fresh prefix for table, queue and container names, so each test gets storage of its own.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<Azurite> StartAsync()
    {
        var ports = FreePorts.Take(3);
        string[] args =
        [
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(CultureInfo.InvariantCulture),
        ];
        await LocalTool.StartAsync(LocalTool.Find("azurite", "AZURITE_PATH"), args, ports);
        return new Azurite(ports[0], ports[1], ports[2]);
    }
}

public static class FreePorts
{
    /// <summary>Ports free right now on 127.0.0.1 (all held open together so they differ).</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ =>
        {
            var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            return l;
        }).ToList();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
