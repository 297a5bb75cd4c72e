using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace WebTasks.Browser.Sandbox;

/// <summary>
/// The WHATWG <c>URL</c> basics scripts reach for (<c>new URL(href, base)</c>, its parts, <c>searchParams.get</c>),
/// which Jint does not have. Resolution is done by <see cref="Uri"/>; the class itself is a few lines of JS.
/// </summary>
internal static class UrlApi
{
    private const string ResolverName = "__webtasksResolveUrl";

    private static readonly Prepared<Acornima.Ast.Script> Prelude = Engine.PrepareScript($$"""
        (function (resolve) {
          function decode(s) { return decodeURIComponent(s.replace(/\+/g, ' ')); }
          function SearchParams(search) {
            const pairs = search.replace(/^\?/, '').split('&').filter(p => p.length > 0).map(p => {
              const i = p.indexOf('=');
              return i < 0 ? [decode(p), ''] : [decode(p.slice(0, i)), decode(p.slice(i + 1))];
            });
            this.get = name => { const f = pairs.find(p => p[0] === name); return f ? f[1] : null; };
            this.getAll = name => pairs.filter(p => p[0] === name).map(p => p[1]);
            this.has = name => pairs.some(p => p[0] === name);
            this.entries = () => pairs.map(p => [p[0], p[1]]);
            this.toString = () => search.replace(/^\?/, '');
          }
          function URL(url, base) {
            if (!(this instanceof URL)) { throw new TypeError("Failed to construct 'URL': use the 'new' operator"); }
            const parts = resolve(String(url), base === undefined || base === null ? null : String(base));
            for (const key of Object.keys(parts)) { this[key] = parts[key]; }
            this.searchParams = new SearchParams(parts.search);
          }
          URL.prototype.toString = function () { return this.href; };
          URL.prototype.toJSON = function () { return this.href; };
          globalThis.URL = URL;
        })({{ResolverName}});
        delete globalThis.{{ResolverName}};
        """);

    public static void Install(JsBridge js)
    {
        var holder = js.NewObject();
        js.Function(holder, "resolve", 2, a =>
        {
            var text = JsBridge.Arg(a, 0).AsString();
            var baseText = JsBridge.OptionalString(a, 1);
            Uri? uri = null;
            var valid = baseText is null
                ? Uri.TryCreate(text, UriKind.Absolute, out uri)
                : Uri.TryCreate(baseText, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, text, out uri);
            if (!valid || uri is null)
            {
                throw js.TypeError($"Failed to construct 'URL': Invalid URL '{text}'");
            }

            return Parts(js, uri);
        });
        js.Engine.SetValue(ResolverName, holder.Get("resolve"));
        js.Engine.Execute(Prelude);
    }

    private static ObjectInstance Parts(JsBridge js, Uri uri)
    {
        var parts = js.NewObject();
        var port = uri.IsDefaultPort ? "" : uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parts.Set("href", uri.AbsoluteUri);
        parts.Set("protocol", uri.Scheme + ":");
        parts.Set("host", port.Length == 0 ? uri.IdnHost : $"{uri.IdnHost}:{port}");
        parts.Set("hostname", uri.IdnHost);
        parts.Set("port", port);
        parts.Set("origin", uri.GetLeftPart(UriPartial.Authority));
        parts.Set("pathname", uri.AbsolutePath);
        parts.Set("search", uri.Query);
        parts.Set("hash", uri.Fragment);
        return parts;
    }
}
