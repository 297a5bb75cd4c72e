using Microsoft.Extensions.Logging.Abstractions;
using WebTasks.Browser;
using WebTasks.Core.Network;
using WebTasks.Core.Options;

namespace WebTasks.Testing;

/// <summary>
/// One Chromium for every service and corpus runner a process starts (tests, benchmarks), as Playwright's own tests
/// keep one browser per worker: a launch costs ~3 s of CPU (a Playwright driver and the browser), and the suite starts
/// dozens of services. Every run still gets a context and an egress proxy of its own; the launch itself is what the
/// browser tests, the tests of separate server processes and <c>make demo</c> go through.
/// </summary>
public static class SharedChromium
{
    private static readonly Lazy<Chromium> Instance = new(Launch);

    public static Chromium Value => Instance.Value;

    private static Chromium Launch()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new WebTasksOptions { Network = new NetworkOptions { AllowedPrivateHosts = ["127.0.0.1"] } });
        var chromium = new Chromium(options, new AddressGuard(options), NullLogger<Chromium>.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => chromium.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        return chromium;
    }
}
