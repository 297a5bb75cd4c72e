using Jint;
using Jint.Native;
using Jint.Native.Object;
using Microsoft.Playwright;
using WebTasks.Core.Options;

namespace WebTasks.Browser.Sandbox;

/// <summary>
/// The <c>page</c> a script sees: Playwright's JavaScript Page names and meaning, implemented over the .NET page.
/// Functions given to <c>evaluate</c>, <c>$eval</c> and <c>$$eval</c> run inside the browser page; their argument
/// and result cross as JSON text.
/// </summary>
internal static class PageApi
{
    // Runs the user's function (or expression) in the page with a JSON argument and returns JSON text.
    private const string EvaluateWrapper =
        "async (__arg) => { const __v = (__SOURCE__); const __r = typeof __v === 'function' ? await __v(__arg === null ? undefined : JSON.parse(__arg)) : await __v; return __r === undefined ? null : JSON.stringify(__r); }";

    private const string EvalOnWrapper =
        "async (__el, __arg) => { const __f = (__SOURCE__); const __r = await __f(__el, __arg === null ? undefined : JSON.parse(__arg)); return __r === undefined ? null : JSON.stringify(__r); }";

    public static ObjectInstance Create(JsBridge js, RunBrowser run, SandboxOptions limits)
    {
        var page = run.Page;
        var o = js.NewObject();

        js.Function(o, "goto", 2, a =>
        {
            var url = js.RequireString(a, 0, "page.goto", "url");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                throw js.TypeError($"page.goto: '{url}' is not an absolute URL");
            }

            var blocked = js.Await(() => run.CheckAsync(uri, js.CancellationToken));
            if (blocked is not null)
            {
                throw js.Error($"page.goto: navigation to {url} is blocked: {blocked}");
            }

            var response = js.Await(() => page.GotoAsync(url, new PageGotoOptions
            {
                WaitUntil = WaitUntil(JsBridge.StringOption(a, 1, "waitUntil")),
                Timeout = JsBridge.NumberOption(a, 1, "timeout"),
            }));
            return Response(js, response);
        });
        js.Function(o, "url", 0, _ => page.Url);
        js.Function(o, "title", 0, _ => js.Await(() => page.TitleAsync()));
        js.Function(o, "content", 0, _ => js.Await(() => page.ContentAsync()));
        js.Function(o, "click", 2, a =>
        {
            js.Await(() => page.ClickAsync(js.RequireString(a, 0, "page.click", "selector"), new PageClickOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") }));
            return JsValue.Undefined;
        });
        js.Function(o, "dblclick", 2, a =>
        {
            js.Await(() => page.DblClickAsync(js.RequireString(a, 0, "page.dblclick", "selector"), new PageDblClickOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") }));
            return JsValue.Undefined;
        });
        js.Function(o, "fill", 3, a =>
        {
            js.Await(() => page.FillAsync(js.RequireString(a, 0, "page.fill", "selector"), TextArg(js, a, 1, "page.fill"), new PageFillOptions { Timeout = JsBridge.NumberOption(a, 2, "timeout") }));
            return JsValue.Undefined;
        });
        js.Function(o, "type", 3, a =>
        {
            js.Await(() => page.Locator(js.RequireString(a, 0, "page.type", "selector")).PressSequentiallyAsync(
                TextArg(js, a, 1, "page.type"), new LocatorPressSequentiallyOptions { Delay = JsBridge.NumberOption(a, 2, "delay") }));
            return JsValue.Undefined;
        });
        js.Function(o, "press", 3, a =>
        {
            js.Await(() => page.PressAsync(js.RequireString(a, 0, "page.press", "selector"), js.RequireString(a, 1, "page.press", "key")));
            return JsValue.Undefined;
        });
        js.Function(o, "check", 2, a =>
        {
            js.Await(() => page.CheckAsync(js.RequireString(a, 0, "page.check", "selector")));
            return JsValue.Undefined;
        });
        js.Function(o, "uncheck", 2, a =>
        {
            js.Await(() => page.UncheckAsync(js.RequireString(a, 0, "page.uncheck", "selector")));
            return JsValue.Undefined;
        });
        js.Function(o, "hover", 2, a =>
        {
            js.Await(() => page.HoverAsync(js.RequireString(a, 0, "page.hover", "selector")));
            return JsValue.Undefined;
        });
        js.Function(o, "selectOption", 3, a =>
        {
            var selector = js.RequireString(a, 0, "page.selectOption", "selector");
            var chosen = js.Await(() => page.SelectOptionAsync(selector, SelectValues(js, JsBridge.Arg(a, 1))));
            return js.FromJson(System.Text.Json.JsonSerializer.Serialize(chosen));
        });
        js.Function(o, "waitForSelector", 2, a =>
        {
            var selector = js.RequireString(a, 0, "page.waitForSelector", "selector");
            var state = JsBridge.StringOption(a, 1, "state") switch
            {
                "attached" => WaitForSelectorState.Attached,
                "detached" => WaitForSelectorState.Detached,
                "hidden" => WaitForSelectorState.Hidden,
                _ => WaitForSelectorState.Visible,
            };
            var handle = js.Await(() => page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { State = state, Timeout = JsBridge.NumberOption(a, 1, "timeout") }));
            return handle is null ? JsValue.Null : LocatorApi.Create(js, page.Locator(selector).First);
        });
        js.Function(o, "waitForLoadState", 2, a =>
        {
            var timeout = JsBridge.NumberOption(a, 1, "timeout");
            js.Await(() => JsBridge.OptionalString(a, 0) switch
            {
                "domcontentloaded" => page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new PageWaitForLoadStateOptions { Timeout = timeout }),
                "networkidle" => page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = timeout }),
                _ => LoadedAsync(page, timeout),
            });
            return JsValue.Undefined;
        });
        js.Function(o, "waitForURL", 2, a =>
        {
            var pattern = js.RequireString(a, 0, "page.waitForURL", "url");
            var timeout = JsBridge.NumberOption(a, 1, "timeout");
            var waitUntil = WaitUntil(JsBridge.StringOption(a, 1, "waitUntil"));
            js.Await(async () =>
            {
                // Waiting for the load (the default) is waiting for the URL, then for the page to have loaded.
                await page.WaitForURLAsync(pattern, new PageWaitForURLOptions { Timeout = timeout, WaitUntil = waitUntil ?? WaitUntilState.Commit });
                if (waitUntil is null or WaitUntilState.Load)
                {
                    await LoadedAsync(page, timeout);
                }
            });
            return JsValue.Undefined;
        });
        js.Function(o, "waitForTimeout", 1, a =>
        {
            var ms = JsBridge.Arg(a, 0).IsNumber() ? JsBridge.Arg(a, 0).AsNumber() : throw js.TypeError("page.waitForTimeout: timeout must be a number of milliseconds");
            var wait = TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, limits.MaxWaitForTimeout.TotalMilliseconds));
            js.Await(() => Task.Delay(wait, js.CancellationToken));
            return JsValue.Undefined;
        });
        js.Function(o, "isVisible", 1, a => js.Await(() => page.IsVisibleAsync(js.RequireString(a, 0, "page.isVisible", "selector"))));
        js.Function(o, "textContent", 2, a => JsBridge.Str(js.Await(() => page.TextContentAsync(js.RequireString(a, 0, "page.textContent", "selector"), new PageTextContentOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") }))));
        js.Function(o, "innerText", 2, a => js.Await(() => page.InnerTextAsync(js.RequireString(a, 0, "page.innerText", "selector"), new PageInnerTextOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") })));
        js.Function(o, "getAttribute", 3, a => JsBridge.Str(js.Await(() => page.GetAttributeAsync(
            js.RequireString(a, 0, "page.getAttribute", "selector"), js.RequireString(a, 1, "page.getAttribute", "name"), new PageGetAttributeOptions { Timeout = JsBridge.NumberOption(a, 2, "timeout") }))));
        js.Function(o, "evaluate", 2, a =>
        {
            var source = EvaluateWrapper.Replace("__SOURCE__", js.FunctionSource(JsBridge.Arg(a, 0), "page.evaluate"), StringComparison.Ordinal);
            var arg = js.ToJson(JsBridge.Arg(a, 1));
            return js.FromJson(js.Await(() => page.EvaluateAsync<string?>(source, arg)));
        });
        js.Function(o, "$eval", 3, a =>
        {
            var selector = js.RequireString(a, 0, "page.$eval", "selector");
            var source = EvalOnWrapper.Replace("__SOURCE__", js.FunctionSource(JsBridge.Arg(a, 1), "page.$eval"), StringComparison.Ordinal);
            var arg = js.ToJson(JsBridge.Arg(a, 2));
            return js.FromJson(js.Await(() => page.EvalOnSelectorAsync<string?>(selector, source, arg)));
        });
        js.Function(o, "$$eval", 3, a =>
        {
            var selector = js.RequireString(a, 0, "page.$$eval", "selector");
            var source = EvalOnWrapper.Replace("__SOURCE__", js.FunctionSource(JsBridge.Arg(a, 1), "page.$$eval"), StringComparison.Ordinal);
            var arg = js.ToJson(JsBridge.Arg(a, 2));
            return js.FromJson(js.Await(() => page.EvalOnSelectorAllAsync<string?>(selector, source, arg)));
        });
        js.Function(o, "goBack", 1, a => Response(js, js.Await(() => page.GoBackAsync(new PageGoBackOptions { Timeout = JsBridge.NumberOption(a, 0, "timeout"), WaitUntil = WaitUntil(JsBridge.StringOption(a, 0, "waitUntil")) }))));
        js.Function(o, "reload", 1, a => Response(js, js.Await(() => page.ReloadAsync(new PageReloadOptions { Timeout = JsBridge.NumberOption(a, 0, "timeout"), WaitUntil = WaitUntil(JsBridge.StringOption(a, 0, "waitUntil")) }))));
        js.Function(o, "locator", 1, a => LocatorApi.Create(js, page.Locator(js.RequireString(a, 0, "page.locator", "selector"))));
        return o;
    }

    private static string TextArg(JsBridge js, JsValue[] a, int index, string function)
    {
        var value = JsBridge.Arg(a, index);
        return value.IsString() ? value.AsString()
            : value.IsNumber() ? Jint.Runtime.TypeConverter.ToString(value)
            : throw js.TypeError($"{function}: value must be a string");
    }

    private static IEnumerable<SelectOptionValue> SelectValues(JsBridge js, JsValue value)
    {
        IEnumerable<JsValue> items = value is JsArray array ? array.ToList() : new List<JsValue> { value };
        foreach (var item in items)
        {
            if (item.IsString())
            {
                yield return new SelectOptionValue { Value = item.AsString() };
            }
            else if (item.IsObject())
            {
                var obj = item.AsObject();
                var index = obj.Get("index");
                yield return new SelectOptionValue
                {
                    Value = obj.Get("value").IsString() ? obj.Get("value").AsString() : null,
                    Label = obj.Get("label").IsString() ? obj.Get("label").AsString() : null,
                    Index = index.IsNumber() ? (int)index.AsNumber() : null,
                };
            }
            else
            {
                throw js.TypeError("page.selectOption: values must be strings or { value | label | index } objects");
            }
        }
    }

    private static JsValue Response(JsBridge js, IResponse? response)
    {
        if (response is null)
        {
            return JsValue.Null;
        }

        var o = js.NewObject();
        js.Function(o, "status", 0, _ => response.Status);
        js.Function(o, "ok", 0, _ => response.Ok);
        js.Function(o, "url", 0, _ => response.Url);
        return o;
    }

    /// <summary>
    /// Until the page has loaded: the load event, or a document that says it is complete. The headless shell now and
    /// then reports no load event for a page a form submit opened (CI saw a script wait out its timeout on one whose
    /// network had long been idle), though the page has loaded.
    /// </summary>
    private static async Task LoadedAsync(IPage page, float? timeout)
    {
        var load = page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = timeout });
        var complete = page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = timeout, PollingInterval = 100 });
        var first = await Task.WhenAny(load, complete);
        var other = first == load ? complete : load;
        // A check the next navigation cut short says nothing: then the other decides.
        _ = other.ContinueWith(t => t.Exception, TaskScheduler.Default);
        await (first.IsCompletedSuccessfully || other.IsFaulted ? first : other);
    }

    private static WaitUntilState? WaitUntil(string? value) => value switch
    {
        "domcontentloaded" => WaitUntilState.DOMContentLoaded,
        "networkidle" => WaitUntilState.NetworkIdle,
        "commit" => WaitUntilState.Commit,
        "load" => WaitUntilState.Load,
        _ => null,
    };
}
