using WebTasks.Core.Options;

namespace WebTasks.Core.Tests.Options;

public sealed class BrowserOptionsTests
{
    [Fact]
    public void A_headless_run_starts_the_headless_shell_when_it_is_installed()
    {
        File.Exists(BrowserOptions.HeadlessShell).ShouldBeTrue("scripts/ensure-deps.sh installs chromium-headless-shell");

        new BrowserOptions().Executable.ShouldBe(BrowserOptions.HeadlessShell);
    }

    [Fact]
    public void A_browser_with_a_window_is_the_full_chromium()
    {
        new BrowserOptions { Headless = false }.Executable.ShouldBe(BrowserOptions.FullChromium);
    }

    [Fact]
    public void A_configured_path_is_used_as_it_is()
    {
        new BrowserOptions { ExecutablePath = "/opt/chrome/chrome" }.Executable.ShouldBe("/opt/chrome/chrome");
    }
}
