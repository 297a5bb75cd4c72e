using Jint;
using Jint.Native;
using Microsoft.Playwright;

namespace WebTasks.Browser.Sandbox;

/// <summary>The basics of Playwright's Locator: count, nth/first/last, reading text and attributes, click and fill.</summary>
internal static class LocatorApi
{
    public static JsValue Create(JsBridge js, ILocator locator)
    {
        var o = js.NewObject();
        js.Function(o, "count", 0, _ => js.Await(locator.CountAsync));
        js.Function(o, "nth", 1, a => Create(js, locator.Nth(JsBridge.Arg(a, 0).IsNumber() ? (int)JsBridge.Arg(a, 0).AsNumber() : throw js.TypeError("locator.nth: index must be a number"))));
        js.Function(o, "first", 0, _ => Create(js, locator.First));
        js.Function(o, "last", 0, _ => Create(js, locator.Last));
        js.Function(o, "locator", 1, a => Create(js, locator.Locator(js.RequireString(a, 0, "locator.locator", "selector"))));
        js.Function(o, "textContent", 1, a => JsBridge.Str(js.Await(() => locator.TextContentAsync(new LocatorTextContentOptions { Timeout = JsBridge.NumberOption(a, 0, "timeout") }))));
        js.Function(o, "innerText", 1, a => js.Await(() => locator.InnerTextAsync(new LocatorInnerTextOptions { Timeout = JsBridge.NumberOption(a, 0, "timeout") })));
        js.Function(o, "getAttribute", 2, a => JsBridge.Str(js.Await(() => locator.GetAttributeAsync(
            js.RequireString(a, 0, "locator.getAttribute", "name"), new LocatorGetAttributeOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") }))));
        js.Function(o, "isVisible", 0, _ => js.Await(() => locator.IsVisibleAsync()));
        js.Function(o, "allTextContents", 0, _ => js.FromJson(System.Text.Json.JsonSerializer.Serialize(js.Await(locator.AllTextContentsAsync))));
        js.Function(o, "allInnerTexts", 0, _ => js.FromJson(System.Text.Json.JsonSerializer.Serialize(js.Await(locator.AllInnerTextsAsync))));
        js.Function(o, "click", 1, a =>
        {
            js.Await(() => locator.ClickAsync(new LocatorClickOptions { Timeout = JsBridge.NumberOption(a, 0, "timeout") }));
            return JsValue.Undefined;
        });
        js.Function(o, "fill", 2, a =>
        {
            js.Await(() => locator.FillAsync(js.RequireString(a, 0, "locator.fill", "value"), new LocatorFillOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") }));
            return JsValue.Undefined;
        });
        return o;
    }
}
