using System.Net.Security;
using System.Text;
using WebTasks.Core.Network;

namespace WebTasks.Browser.Egress;

/// <summary>
/// A task's own proxy (<c>proxy</c> in the request: http, https or socks5, with optional credentials), reached from
/// the egress proxy. Its address passes the same guard as every target: a proxy cannot point the run inside.
/// </summary>
public sealed class UpstreamProxy
{
    private readonly Uri _url;
    private readonly string? _user;
    private readonly string? _password;

    public UpstreamProxy(Uri url)
    {
        _url = url;
        var credentials = Uri.UnescapeDataString(url.UserInfo).Split(':', 2);
        _user = credentials[0].Length > 0 ? credentials[0] : null;
        _password = credentials.Length > 1 ? credentials[1] : null;
        Authorization = _user is null ? null : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_user}:{_password}"));
    }

    /// <summary>An http(s) proxy takes plain-http requests in absolute form; a socks5 one only tunnels.</summary>
    public bool IsHttp => _url.Scheme is "http" or "https";

    /// <summary>The Proxy-Authorization value for an http(s) proxy with credentials.</summary>
    public string? Authorization { get; }

    /// <summary>Where the proxy is, for messages (never its credentials).</summary>
    public string Display => $"{_url.Scheme}://{_url.Host}:{_url.Port}";

    /// <summary>
    /// A stream to <paramref name="host"/>:<paramref name="port"/> through this proxy: tunnelled (CONNECT, or SOCKS5
    /// CONNECT), or for a plain-http request to an http proxy the proxy connection itself.
    /// </summary>
    public async Task<Stream> ConnectAsync(AddressGuard guard, string host, int port, bool tunnel, CancellationToken cancellationToken)
    {
        Stream stream = await guard.DialAsync(_url.Host, _url.Port, cancellationToken);
        try
        {
            if (_url.Scheme == "https")
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = _url.IdnHost }, cancellationToken);
                stream = tls;
            }

            if (_url.Scheme == "socks5")
            {
                await Socks5ConnectAsync(stream, host, port, cancellationToken);
            }
            else if (tunnel)
            {
                await HttpConnectAsync(stream, host, port, cancellationToken);
            }

            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    private async Task HttpConnectAsync(Stream stream, string host, int port, CancellationToken cancellationToken)
    {
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";
        var request = $"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n" + (Authorization is null ? "" : $"Proxy-Authorization: {Authorization}\r\n") + "\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);

        // The status line and headers, read a byte at a time so no tunnelled byte is taken from the stream.
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0 || head.Length > 16 * 1024)
            {
                throw new HttpRequestException($"The proxy {Display} closed the connection during CONNECT.");
            }

            head.Append((char)one[0]);
        }

        var status = head.ToString().Split(' ', 3);
        if (status.Length < 2 || status[1] != "200")
        {
            throw new HttpRequestException($"The proxy {Display} refused CONNECT {authority}: {head.ToString().Split("\r\n")[0]}");
        }
    }

    /// <summary>RFC 1928 CONNECT by domain name, with RFC 1929 user/password when the URL carries credentials.</summary>
    private async Task Socks5ConnectAsync(Stream stream, string host, int port, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_user is null ? new byte[] { 5, 1, 0 } : new byte[] { 5, 1, 2 }, cancellationToken);
        var choice = await ReadExactlyAsync(stream, 2, cancellationToken);
        if (choice[0] != 5 || choice[1] == 0xFF)
        {
            throw new HttpRequestException($"The proxy {Display} accepted none of our SOCKS5 authentication methods.");
        }

        if (choice[1] == 2)
        {
            var user = Encoding.UTF8.GetBytes(_user ?? "");
            var password = Encoding.UTF8.GetBytes(_password ?? "");
            await stream.WriteAsync((byte[])[1, (byte)user.Length, .. user, (byte)password.Length, .. password], cancellationToken);
            if ((await ReadExactlyAsync(stream, 2, cancellationToken))[1] != 0)
            {
                throw new HttpRequestException($"The proxy {Display} refused the SOCKS5 credentials.");
            }
        }

        var name = Encoding.ASCII.GetBytes(host);
        await stream.WriteAsync((byte[])[5, 1, 0, 3, (byte)name.Length, .. name, (byte)(port >> 8), (byte)port], cancellationToken);
        var reply = await ReadExactlyAsync(stream, 4, cancellationToken);
        if (reply[1] != 0)
        {
            throw new HttpRequestException($"The proxy {Display} could not connect to {host}:{port} (SOCKS5 reply {reply[1]}).");
        }

        // The bound address the reply ends with: IPv4, a name, or IPv6; then the port.
        var addressLength = reply[3] switch
        {
            1 => 4,
            3 => (await ReadExactlyAsync(stream, 1, cancellationToken))[0],
            _ => 16,
        };
        await ReadExactlyAsync(stream, addressLength + 2, cancellationToken);
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}
