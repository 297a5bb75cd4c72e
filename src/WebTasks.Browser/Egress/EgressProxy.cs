using System.Net;
using System.Security.Authentication;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using WebTasks.Core.Network;

namespace WebTasks.Browser.Egress;

/// <summary>
/// The one place a run's browser traffic leaves the host: an HTTP proxy on 127.0.0.1 that Chromium is pointed at.
/// Every connection — navigations, redirects, fetch/XHR, WebSockets, iframes, form posts, service workers — is made
/// here, to an address this proxy resolved and checked itself (so a name that re-resolves to a private address
/// between a check and the connection gains nothing). A run's own proxy (the task's <c>proxy</c>) is reached through
/// here as well, after the same check, so it cannot be pointed inside either.
/// </summary>
public sealed class EgressProxy : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;
    private readonly TcpListener _listener;
    private readonly AddressGuard _guard;
    private readonly UpstreamProxy? _upstream;
    private readonly Action<string> _blocked;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private EgressProxy(AddressGuard guard, UpstreamProxy? upstream, Action<string> blocked, ILogger logger)
    {
        _guard = guard;
        _upstream = upstream;
        _blocked = blocked;
        _logger = logger;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(backlog: 256);
        Address = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    /// <summary>What Chromium is given as its proxy server.</summary>
    public string Address { get; }

    /// <summary>Starts a proxy; <paramref name="blocked"/> hears of every connection it refused, with the reason.</summary>
    public static EgressProxy Start(AddressGuard guard, UpstreamProxy? upstream, Action<string> blocked, ILogger logger) => new(guard, upstream, blocked, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var browser = client.GetStream();
        try
        {
            var (head, rest) = await ReadHeadAsync(browser, _stop.Token);
            if (head is null)
            {
                return;
            }

            var lines = head.Split("\r\n");
            var request = lines[0].Split(' ');
            if (request.Length != 3)
            {
                await RespondAsync(browser, "400 Bad Request", "not an HTTP request");
                return;
            }

            if (request[0] == "CONNECT")
            {
                await TunnelAsync(browser, request[1], rest);
            }
            else
            {
                await ForwardAsync(browser, request, lines[1..], rest);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or HttpRequestException or AuthenticationException)
        {
            _logger.LogDebug(ex, "An egress connection ended");
        }
    }

    /// <summary>CONNECT host:port — https, wss and anything else tunnelled: checked, then bytes both ways.</summary>
    private async Task TunnelAsync(NetworkStream browser, string authority, byte[] rest)
    {
        if (!TrySplit(authority, out var host, out var port))
        {
            await RespondAsync(browser, "400 Bad Request", $"'{authority}' is not host:port");
            return;
        }

        await using var target = await DialAsync(browser, host, port, authority, tunnel: true);
        if (target is null)
        {
            return;
        }

        await browser.WriteAsync("HTTP/1.1 200 Connection Established\r\n\r\n"u8.ToArray(), _stop.Token);
        await target.WriteAsync(rest, _stop.Token);
        await PipeAsync(browser, target);
    }

    /// <summary>A plain-http request in absolute form: checked, sent on as one request on a fresh connection.</summary>
    private async Task ForwardAsync(NetworkStream browser, string[] request, string[] headers, byte[] rest)
    {
        if (!Uri.TryCreate(request[1], UriKind.Absolute, out var url) || url.Scheme != "http")
        {
            await RespondAsync(browser, "400 Bad Request", $"'{request[1]}' is not an absolute http URL");
            return;
        }

        await using var target = await DialAsync(browser, url.IdnHost, url.Port, url.GetLeftPart(UriPartial.Path), tunnel: false);
        if (target is null)
        {
            return;
        }

        // One request per connection, so every request on it has passed the check for its own host.
        var head = new StringBuilder();
        head.Append(request[0]).Append(' ').Append(_upstream is { IsHttp: true } ? url.AbsoluteUri : url.PathAndQuery).Append(' ').Append(request[2]).Append("\r\n");
        foreach (var header in headers.Where(h => h.Length > 0 && !IsHopByHop(h)))
        {
            head.Append(header).Append("\r\n");
        }

        if (_upstream?.Authorization is { } authorization && _upstream.IsHttp)
        {
            head.Append("Proxy-Authorization: ").Append(authorization).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        await target.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), _stop.Token);
        await target.WriteAsync(rest, _stop.Token);
        await PipeAsync(browser, target);
    }

    /// <summary>A connection to the target (directly, or through the run's own proxy), or null after answering why not.</summary>
    private async Task<Stream?> DialAsync(NetworkStream browser, string host, int port, string what, bool tunnel)
    {
        var (addresses, refusal) = await _guard.ResolveAsync(host, _stop.Token);
        if (refusal is not null)
        {
            _blocked($"{what}: {refusal}");
            await RespondAsync(browser, "403 Forbidden", "blocked by the WebTasks egress guard: " + refusal);
            return null;
        }

        try
        {
            if (_upstream is not null)
            {
                return await _upstream.ConnectAsync(_guard, host, port, tunnel, _stop.Token);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, port, _stop.Token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException or HttpRequestException)
        {
            await RespondAsync(browser, "502 Bad Gateway", $"could not connect to {host}:{port}: {ex.Message}");
            return null;
        }
    }

    private async Task PipeAsync(Stream browser, Stream target)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var up = CopyAsync(browser, target, done.Token);
        var down = CopyAsync(target, browser, done.Token);
        await Task.WhenAny(up, down);
        await done.CancelAsync();
        await Task.WhenAll(up, down);
    }

    private static async Task CopyAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, 16 * 1024, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // One side closed: the other is torn down with it.
        }
    }

    /// <summary>The request head (up to the blank line) and whatever bytes came after it.</summary>
    private static async Task<(string? Head, byte[] Body)> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return (null, []);
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return (Encoding.Latin1.GetString(buffer, 0, end), buffer[(end + 4)..length]);
            }
        }

        return (null, []);
    }

    private static async Task RespondAsync(Stream stream, string status, string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var head = $"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {body.Length}\r\nX-WebTasks-Egress: refused\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head));
        await stream.WriteAsync(body);
    }

    private static bool IsHopByHop(string header)
    {
        var name = header[..Math.Max(0, header.IndexOf(':', StringComparison.Ordinal))].Trim();
        return name.Equals("Proxy-Connection", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Keep-Alive", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TrySplit(string authority, out string host, out int port)
    {
        var colon = authority.LastIndexOf(':');
        host = colon > 0 ? authority[..colon].Trim('[', ']') : "";
        return int.TryParse(colon > 0 ? authority[(colon + 1)..] : "", out port) && host.Length > 0 && port is > 0 and < 65536;
    }
}
