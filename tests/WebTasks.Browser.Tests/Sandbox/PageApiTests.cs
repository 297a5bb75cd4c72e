using System.Text.Json.Nodes;
using WebTasks.Browser.Sandbox;

namespace WebTasks.Browser.Tests.Sandbox;

public sealed class PageApiTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Tables_are_read_with_eval_in_the_page()
    {
        var outcome = await browser.RunAsync("""
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              const rows = await page.$$eval('#staff tbody tr', (trs, dept) => trs
                .map(tr => ({ name: tr.cells[0].textContent, dept: tr.cells[1].textContent }))
                .filter(r => r.dept === dept), 'Research');
              const headers = await page.locator('#staff th').allTextContents();
              const count = await page.locator('#staff tbody tr').count();
              const third = await page.locator('#staff tbody tr').nth(2).locator('td').first().textContent();
              const email = await page.locator('#staff a').last().getAttribute('href');
              return { rows, headers, count, third, email, title: await page.title(), url: page.url() };
            }
            """);

        outcome.Error.ShouldBeNull();
        var v = outcome.Value!;
        v["rows"]!.ToJsonString().ShouldBe("""[{"name":"Grace Hopper","dept":"Research"},{"name":"Alan Turing","dept":"Research"}]""");
        v["headers"]!.ToJsonString().ShouldBe("""["Name","Department","City","Email"]""");
        v["count"]!.GetValue<int>().ShouldBe(5);
        v["third"]!.GetValue<string>().ShouldBe("Alan Turing");
        v["email"]!.GetValue<string>().ShouldBe("mailto:edsger@example.test");
        v["url"]!.GetValue<string>().ShouldEndWith("/directory/");
    }

    [Fact]
    public async Task Evaluate_takes_functions_and_expressions_with_json_arguments()
    {
        var outcome = await browser.RunAsync("""
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              const sum = await page.evaluate(({ a, b }) => a + b, { a: 2, b: 3 });
              const title = await page.evaluate('document.title');
              const nested = await page.evaluate(async () => ({ list: [1, 'two', null], flag: true }));
              const nothing = await page.evaluate(() => undefined);
              return { sum, title, nested, nothing: nothing === undefined };
            }
            """);

        outcome.Error.ShouldBeNull();
        outcome.Value!.ToJsonString().ShouldBe("""{"sum":5,"title":"Staff directory","nested":{"list":[1,"two",null],"flag":true},"nothing":true}""");
    }

    [Fact]
    public async Task Page_errors_are_javascript_errors_the_script_can_catch()
    {
        var outcome = await browser.RunAsync("""
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              try {
                await page.click('#does-not-exist', { timeout: 200 });
                return 'clicked?';
              } catch (e) {
                return { caught: e instanceof Error, message: e.message };
              }
            }
            """);

        outcome.Error.ShouldBeNull();
        outcome.Value!["caught"]!.GetValue<bool>().ShouldBeTrue();
        outcome.Value!["message"]!.GetValue<string>().ShouldContain("#does-not-exist");
    }

    [Fact]
    public async Task Uncaught_errors_carry_their_line()
    {
        var outcome = await browser.RunAsync("async function main({ page }) {\n  const a = 1;\n  throw new Error('boom at three');\n}");

        var error = outcome.Error.ShouldNotBeNull();
        error.Kind.ShouldBe(ScriptErrorKind.Script);
        error.Message.ShouldContain("boom at three");
        error.Line.ShouldBe(3);
    }

    [Fact]
    public async Task A_bad_argument_is_a_type_error_not_a_crash()
    {
        var outcome = await browser.RunAsync("async function main({ page }) {\n  await page.click(42);\n}");
        outcome.Error.ShouldNotBeNull().Message.ShouldContain("page.click: selector must be a string");
        outcome.Error!.Line.ShouldBe(2);
    }

    [Fact]
    public async Task Forms_are_filled_across_pages()
    {
        var outcome = await browser.RunAsync("""
            async function main({ page, params }) {
              await page.goto(params.startUrl);
              await page.locator('#name').fill(params.name);
              await page.fill('#email', 'e@x.test');
              await page.press('#email', 'Enter');
              await page.waitForURL('**/step2.html**');
              const chosen = await page.selectOption('#plan', { label: 'Pro' });
              await page.check('#terms');
              await page.uncheck('#terms');
              await page.check('#terms');
              await page.locator('#finish').click();
              // The headless shell now and then reports no load event for a page a form submit opened (1 run in 8).
              await page.waitForURL('**/done.html**', { waitUntil: 'domcontentloaded' });
              await page.waitForLoadState('domcontentloaded');
              const visible = await page.isVisible('#status');
              // So, going back and reloading: wait for the document, not for a load event the shell may not report.
              await page.goBack({ waitUntil: 'domcontentloaded' });
              const back = page.url();
              return { chosen, visible, back: back.includes('step2.html'), status: await page.reload({ waitUntil: 'domcontentloaded' }) !== null };
            }
            """, "/form/", new JsonObject { ["name"] = "Grace" });

        outcome.Error.ShouldBeNull();
        outcome.Value!.ToJsonString().ShouldBe("""{"chosen":["pro"],"visible":true,"back":true,"status":true}""");
    }

    [Fact]
    public async Task Downloads_become_attachments()
    {
        var outcome = await browser.RunAsync("""
            async function main({ page, params, files }) {
              await page.goto(params.startUrl);
              return await files.download('#q3');
            }
            """, "/downloads/");

        outcome.Error.ShouldBeNull();
        var a = outcome.Value!;
        a["type"]!.GetValue<string>().ShouldBe("attachment");
        a["fileName"]!.GetValue<string>().ShouldBe("q3-report.csv");
        System.Text.Encoding.UTF8.GetString(browser.Attachments.Files[a["path"]!.GetValue<string>()]).ShouldStartWith("region,quarter,revenue");
    }

    [Fact]
    public async Task Url_logs_and_parameters_work_as_scripts_expect()
    {
        var outcome = await browser.RunAsync("""
            async function main({ page, params, log }) {
              const u = new URL('../shop/page2.html?q=lamp+shade&n=2#top', params.startUrl);
              log('resolved', u.href, { n: 1 });
              console.log('console too');
              return { href: u.href, path: u.pathname, q: u.searchParams.get('q'), hash: u.hash, json: JSON.stringify({ u }), p: params.limit };
            }
            """, parameters: new JsonObject { ["limit"] = 7 });

        outcome.Error.ShouldBeNull();
        var v = outcome.Value!;
        v["href"]!.GetValue<string>().ShouldEndWith("/shop/page2.html?q=lamp+shade&n=2#top");
        v["path"]!.GetValue<string>().ShouldBe("/shop/page2.html");
        v["q"]!.GetValue<string>().ShouldBe("lamp shade");
        v["hash"]!.GetValue<string>().ShouldBe("#top");
        v["json"]!.GetValue<string>().ShouldContain("page2.html");
        v["p"]!.GetValue<int>().ShouldBe(7);
        outcome.Logs.ShouldBe([$"resolved {v["href"]!.GetValue<string>()} {{\"n\":1}}", "console too"]);
    }

    [Theory]
    [InlineData("async function main( {", "does not parse")]
    [InlineData("function helper() {}", "must define")]
    [InlineData("export async function main() {}", "no import or export")]
    public void Scripts_are_checked_before_they_are_saved(string code, string expected)
    {
        ScriptSandbox.Check(code).ShouldNotBeNull().Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData("async function main({ page }) { return 1; }")]
    [InlineData("const main = async ({ page }) => 1;")]
    public void Good_scripts_pass_the_check(string code) => ScriptSandbox.Check(code).ShouldBeNull();
}
