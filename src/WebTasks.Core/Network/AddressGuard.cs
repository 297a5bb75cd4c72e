using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;

namespace WebTasks.Core.Network;

/// <summary>
/// Keeps runs away from private, loopback, link-local and cloud-metadata addresses: a host name is resolved
/// and every address it resolves to is checked. Hosts in <c>WebTasks:Network:AllowedPrivateHosts</c> are exempt.
/// </summary>
public sealed class AddressGuard
{
    private readonly HashSet<string> _allowed;

    public AddressGuard(IOptions<WebTasksOptions> options)
        : this(options.Value.Network.AllowedPrivateHosts)
    {
    }

    public AddressGuard(IEnumerable<string> allowedHosts)
    {
        _allowed = new HashSet<string>(allowedHosts.Select(h => h.Trim().Trim('[', ']')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Null when <paramref name="url"/> may be visited, else why not.</summary>
    public async Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            return url.Scheme is "data" or "blob" or "about" ? null : $"the scheme '{url.Scheme}' is not allowed";
        }

        return (await ResolveAsync(url.IdnHost, cancellationToken)).Refusal;
    }

    /// <summary>
    /// The addresses <paramref name="host"/> stands for, or why it may not be reached: a name is resolved here and
    /// every address it resolves to is checked, so what is checked is what gets dialled. Only the host as written is
    /// matched against the allow-list: a name that merely resolves to an allowed address (DNS rebinding, or plain
    /// "localhost") is checked like any other.
    /// </summary>
    public async Task<(IPAddress[] Addresses, string? Refusal)> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        host = host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException)
            {
                return ([], $"the host '{host}' cannot be resolved");
            }
        }

        if (_allowed.Contains(host))
        {
            return (addresses, null);
        }

        foreach (var address in addresses)
        {
            if (IsBlocked(address) is { } reason)
            {
                return ([], $"'{host}' resolves to {address}, a {reason} address");
            }
        }

        return addresses.Length == 0 ? ([], $"the host '{host}' has no address") : (addresses, null);
    }

    /// <summary>
    /// Opens a connection for an HTTP client (<see cref="SocketsHttpHandler.ConnectCallback"/>), checking the addresses
    /// actually dialled: a name that resolved to a public address when a URL was checked and resolves to a private one
    /// now (DNS rebinding) is refused here.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken) =>
        await DialAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);

    /// <summary>A TCP connection to <paramref name="host"/>, to one of the addresses that were checked; refused ones throw.</summary>
    public async Task<NetworkStream> DialAsync(string host, int port, CancellationToken cancellationToken)
    {
        var (addresses, refusal) = await ResolveAsync(host, cancellationToken);
        if (refusal is not null)
        {
            throw new HttpRequestException("The address is not allowed: " + refusal + ".");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>An HTTP handler for outgoing calls on a user's behalf (webhooks): guarded connections, no redirects followed.</summary>
    public SocketsHttpHandler GuardedHandler() => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    /// <summary>The kind of address when it is one we block, else null.</summary>
    public static string? IsBlocked(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "loopback";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b switch
            {
                [0, ..] => "unspecified",
                [10, ..] => "private",
                [172, >= 16 and <= 31, ..] => "private",
                [192, 168, ..] => "private",
                [100, >= 64 and <= 127, ..] => "shared (carrier-grade NAT)",
                [169, 254, ..] => "link-local (cloud metadata)",
                [168, 63, 129, 16] => "cloud platform (Azure host)",
                [192, 0, 0, _] => "reserved",
                [198, 18 or 19, ..] => "benchmarking",
                [>= 224, ..] => "multicast or reserved",
                _ => null,
            };
        }

        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "link-local";
        }

        if (address.IsIPv6Multicast)
        {
            return "multicast";
        }

        var bytes = address.GetAddressBytes();
        if ((bytes[0] & 0xFE) == 0xFC)
        {
            return "private (unique local)";
        }

        // fd00:ec2::254 and friends are covered by fc00::/7 above.
        return null;
    }
}
