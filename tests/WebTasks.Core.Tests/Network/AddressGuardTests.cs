using System.Net;
using WebTasks.Core.Network;

namespace WebTasks.Core.Tests.Network;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.9.9.9", "loopback")]
    [InlineData("10.0.0.5", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "shared")]
    [InlineData("168.63.129.16", "cloud platform")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00:ec2::254", "unique local")]
    [InlineData("::ffff:10.0.0.1", "private")]
    public void Private_and_special_addresses_are_blocked(string address, string kind)
    {
        AddressGuard.IsBlocked(IPAddress.Parse(address)).ShouldNotBeNull().ShouldContain(kind);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    public void Public_addresses_pass(string address)
    {
        AddressGuard.IsBlocked(IPAddress.Parse(address)).ShouldBeNull();
    }

    [Fact]
    public async Task Allowed_hosts_match_as_written_and_names_are_resolved_before_checking()
    {
        var guard = new AddressGuard(["127.0.0.1"]);

        (await guard.CheckAsync(new Uri("http://127.0.0.1:8080/x"), CancellationToken.None)).ShouldBeNull();
        (await guard.CheckAsync(new Uri("http://localhost:8080/x"), CancellationToken.None)).ShouldNotBeNull().ShouldContain("loopback");
        (await guard.CheckAsync(new Uri("http://[::1]/"), CancellationToken.None)).ShouldNotBeNull();
        (await guard.CheckAsync(new Uri("http://169.254.169.254/latest"), CancellationToken.None)).ShouldNotBeNull();
        (await guard.CheckAsync(new Uri("http://no-such-host.invalid/"), CancellationToken.None)).ShouldNotBeNull().ShouldContain("cannot be resolved");
        (await guard.CheckAsync(new Uri("file:///etc/passwd"), CancellationToken.None)).ShouldNotBeNull().ShouldContain("scheme");
        (await guard.CheckAsync(new Uri("data:text/html,hi"), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Without_an_allow_list_even_127_0_0_1_is_blocked()
    {
        var guard = new AddressGuard([]);
        (await guard.CheckAsync(new Uri("http://127.0.0.1/"), CancellationToken.None)).ShouldNotBeNull();
    }

    /// <summary>The egress proxy gets host names as Chromium sends them; every way of writing a blocked address is refused.</summary>
    [Theory]
    [InlineData("2130706433")]
    [InlineData("0x7f000001")]
    [InlineData("0177.0.0.1")]
    [InlineData("127.1")]
    [InlineData("2852039166")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("[::ffff:a9fe:a9fe]")]
    [InlineData("0.0.0.0")]
    [InlineData("[::]")]
    public async Task Every_encoding_of_a_blocked_address_is_refused(string host)
    {
        var (addresses, refusal) = await new AddressGuard(["127.0.0.1"]).ResolveAsync(host, CancellationToken.None);

        refusal.ShouldNotBeNull(host);
        addresses.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refused_address_cannot_be_dialled()
    {
        var guard = new AddressGuard([]);

        var refused = await Should.ThrowAsync<HttpRequestException>(() => guard.DialAsync("localhost", 80, CancellationToken.None));

        refused.Message.ShouldContain("loopback");
    }
}
