using WebTasks.Browser.Sandbox;

namespace WebTasks.Browser.Tests.Sandbox;

/// <summary>Hostile scripts are stopped and the host survives each one.</summary>
public sealed class SandboxLimitTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Healthy = "async function main({ page, params }) { await page.goto(params.startUrl); return await page.title(); }";

    [Theory]
    [InlineData("while (true) { }", ScriptErrorKind.Limit)]
    [InlineData("const a = []; while (true) { a.push('x'.repeat(1024)); }", ScriptErrorKind.Limit)]
    [InlineData("function f() { return f() + 1; } f();", ScriptErrorKind.Limit)]
    [InlineData("const o = { toString() { return String(this); } }; String(o);", ScriptErrorKind.Limit)]
    [InlineData("const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); p.x;", ScriptErrorKind.Limit)]
    [InlineData("let s = 'x'; for (;;) { s = s + s; }", ScriptErrorKind.Limit)]
    public async Task A_hostile_script_is_stopped_and_the_host_carries_on(string body, ScriptErrorKind kind)
    {
        var outcome = await browser.RunAsync($"async function main({{ page }}) {{ {body} }}");

        outcome.Succeeded.ShouldBeFalse();
        var error = outcome.Error.ShouldNotBeNull();
        (error.Kind == kind || error.Message.Contains("call stack", StringComparison.OrdinalIgnoreCase)).ShouldBeTrue(error.ToString());
        (await browser.RunAsync(Healthy)).Value!.GetValue<string>().ShouldBe("Staff directory");
    }

    [Fact]
    public async Task A_script_that_outlives_its_time_limit_is_stopped()
    {
        // Statements stay under the limit (each await yields), the clock does not.
        var outcome = await browser.RunAsync(
            "async function main({ page }) { for (;;) { await page.waitForTimeout(50); } }", timeout: TimeSpan.FromSeconds(1));

        outcome.Error.ShouldNotBeNull().Kind.ShouldBe(ScriptErrorKind.Timeout);
    }

    [Fact]
    public async Task A_script_cannot_catch_its_way_past_a_limit()
    {
        var outcome = await browser.RunAsync("async function main() { try { while (true) {} } catch (e) { return 'escaped'; } }");
        outcome.Value.ShouldBeNull();
        outcome.Error.ShouldNotBeNull().Kind.ShouldBe(ScriptErrorKind.Limit);
    }

    [Theory]
    [InlineData("typeof System")]
    [InlineData("typeof importNamespace")]
    [InlineData("typeof require")]
    [InlineData("typeof process")]
    [InlineData("typeof fetch")]
    [InlineData("typeof XMLHttpRequest")]
    [InlineData("typeof setTimeout")]
    [InlineData("typeof __webtasksResolveUrl")]
    public async Task The_host_is_out_of_reach(string probe)
    {
        var outcome = await browser.RunAsync($"async function main() {{ return {probe}; }}");
        outcome.Value!.GetValue<string>().ShouldBe("undefined");
    }

    [Theory]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("import('fs')")]
    public async Task Code_from_strings_and_modules_are_refused(string expression)
    {
        var outcome = await browser.RunAsync($"async function main() {{ return await {expression}; }}");
        outcome.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task The_page_object_exposes_no_clr_members()
    {
        var outcome = await browser.RunAsync("async function main({ page }) { return [typeof page.GetType, typeof page.Equals, Object.keys(page).length]; }");
        outcome.Value!.ToJsonString().ShouldBe("""["undefined","undefined",0]""");
    }
}
