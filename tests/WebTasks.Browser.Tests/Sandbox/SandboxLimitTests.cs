using System.Diagnostics;
using System.Text.Json.Nodes;
using WebTasks.Browser.Sandbox;

namespace WebTasks.Browser.Tests.Sandbox;

/// <summary>Hostile scripts are stopped and the host survives each one.</summary>
public sealed class SandboxLimitTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Healthy = "async function main({ page, params }) { await page.goto(params.startUrl); return await page.title(); }";

    [Theory]
    [InlineData("while (true) { }", ScriptErrorKind.Limit, "The script ran more statements than allowed.")]
    [InlineData("const a = []; while (true) { a.push('x'.repeat(1024)); }", ScriptErrorKind.Limit, "The script used more memory than allowed.")]
    [InlineData("function f() { return f() + 1; } f();", ScriptErrorKind.Limit, "The script recursed deeper than allowed.")]
    [InlineData("const o = { toString() { return String(this); } }; String(o);", ScriptErrorKind.Limit, "The script recursed deeper than allowed.")]
    [InlineData("let s = 'x'; for (;;) { s = s + s; }", ScriptErrorKind.Limit, "The script used more memory than allowed.")]

    // Recursion through a proxy trap is the engine's own stack guard: a RangeError, as in a browser.
    [InlineData("const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); p.x;", ScriptErrorKind.Script, "RangeError: Maximum call stack size exceeded")]
    public async Task A_hostile_script_is_stopped_by_its_limit_and_the_host_carries_on(string body, ScriptErrorKind kind, string message)
    {
        var outcome = await browser.RunAsync($"async function main({{ page }}) {{ {body} }}");

        outcome.Succeeded.ShouldBeFalse();
        var error = outcome.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(kind, error.ToString());
        error.Message.ShouldStartWith(message);
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
    public async Task Atomics_wait_is_not_there_to_block_the_script_thread()
    {
        var outcome = await browser.RunAsync(
            "async function main() { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return 'returned'; }", timeout: TimeSpan.FromSeconds(2))
            .WaitAsync(TimeSpan.FromSeconds(30));

        outcome.Error.ShouldNotBeNull().Message.ShouldContain("Atomics is not defined");
        (await browser.RunAsync("async function main() { return [typeof Atomics, typeof SharedArrayBuffer]; }")).Value!.ToJsonString()
            .ShouldBe("""["undefined","undefined"]""");
    }

    [Fact]
    public async Task A_script_thread_stuck_in_a_call_that_ignores_cancellation_is_abandoned_at_its_deadline()
    {
        using var stuck = new BlockingExtractor();
        var clock = Stopwatch.StartNew();

        var outcome = await browser.RunAsync(
            "async function main({ page, params, ai }) { await page.goto(params.startUrl); return await ai.extract('names'); }",
            timeout: TimeSpan.FromSeconds(5), ai: stuck).WaitAsync(TimeSpan.FromSeconds(60));

        // The deadline leaves room for the page load on a busy machine: the point is that the stuck call is reached.
        stuck.Entered.ShouldBeTrue("the script timed out before it reached the stuck call");
        outcome.Error.ShouldNotBeNull().Kind.ShouldBe(ScriptErrorKind.Timeout);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(25));
    }

    /// <summary>
    /// One call that would build a huge string or array is refused before it allocates (the limit is 64 MiB here),
    /// rather than noticed at the next statement after a gigabyte was taken. Strings: a RangeError the script could
    /// catch, as in JavaScript; arrays: Jint's array size limit, reported as the memory limit.
    /// </summary>
    [Theory]
    [InlineData("'x'.repeat(2 ** 29 - 24)", ScriptErrorKind.Script, "RangeError: Invalid string length: ")]
    [InlineData("'ab'.padEnd(2 ** 29 - 24)", ScriptErrorKind.Script, "RangeError: Invalid string length: ")]
    [InlineData("'ab'.padStart(2 ** 29 - 24, 'xy')", ScriptErrorKind.Script, "RangeError: Invalid string length: ")]
    [InlineData("Array(2 ** 20).join('x'.repeat(1000))", ScriptErrorKind.Script, "RangeError: Invalid string length: ")]
    [InlineData("Array(10).fill({ toString() { return 'y'.repeat(10000000); } }).join('')", ScriptErrorKind.Script, "RangeError: Invalid string length: ")]
    [InlineData("new Array(2 ** 27).fill(0)", ScriptErrorKind.Limit, "The script used more memory than allowed.")]
    [InlineData("Array.from({ length: 2 ** 27 }, () => 0)", ScriptErrorKind.Limit, "The script used more memory than allowed.")]
    public async Task One_oversized_allocation_is_refused_before_it_is_made(string expression, ScriptErrorKind kind, string message)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var outcome = await browser.RunAsync($"async function main() {{ const big = {expression}; return big.length; }}");

        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024);
        var error = outcome.Error.ShouldNotBeNull(outcome.Value?.ToJsonString());
        error.Kind.ShouldBe(kind, error.ToString());
        error.Message.ShouldStartWith(message);
        allocatedMb.ShouldBeLessThan(256, $"{expression} allocated {allocatedMb:0} MB");
        (await browser.RunAsync(Healthy)).Value!.GetValue<string>().ShouldBe("Staff directory");
    }

    [Fact]
    public async Task The_guarded_built_ins_still_behave_as_in_javascript()
    {
        var outcome = await browser.RunAsync("""
            async function main() {
              return ['ab'.repeat(3), 'x'.padStart(4, '-'), '7'.padEnd(3, '0'), [1, null, undefined, 'z', [2, 3]].join('|'), [4, 5].join(),
                      String.prototype.repeat.call(12, 2), Array.prototype.join.call({ length: 2, 0: 'a', 1: 'b' }, '-'), String([1, [2, 3]])];
            }
            """);

        outcome.Value!.ToJsonString().ShouldBe("""["ababab","---x","700","1|||z|2,3","4,5","1212","a-b","1,2,3"]""");
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

/// <summary>An extractor that blocks the calling thread and ignores cancellation, as a misbehaving SDK call might.</summary>
internal sealed class BlockingExtractor : IAiExtractor, IDisposable
{
    private readonly ManualResetEventSlim _release = new();

    private volatile bool _entered;

    public bool Entered => _entered;

    public Task<JsonNode?> ExtractAsync(string instruction, JsonObject? schema, string pageText, CancellationToken cancellationToken)
    {
        _entered = true;
        _release.Wait(TimeSpan.FromMinutes(2));
        return Task.FromResult<JsonNode?>(null);
    }

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
    }
}
