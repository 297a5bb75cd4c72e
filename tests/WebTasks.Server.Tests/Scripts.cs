using System.Text.Json.Nodes;
using WebTasks.Sites;

namespace WebTasks.Server.Tests;

/// <summary>Saved scripts the tests put under reuse keys, as a user would with PUT …/code.</summary>
internal static class Scripts
{
    public const string Shop = """
        async function main({ page, params, log }) {
          const products = [];
          let url = params.startUrl;
          while (url) {
            await page.goto(url);
            const rows = await page.$$eval('.product-card', cards => cards.map(c => ({
              name: c.querySelector('.product-name').textContent.trim(),
              price: parseFloat(c.querySelector('.price').textContent.replace('$', '')),
              rating: parseFloat(c.querySelector('.rating').textContent),
            })));
            products.push(...rows);
            const next = await page.locator('a[rel=next]').count();
            url = next ? new URL(await page.getAttribute('a[rel=next]', 'href'), page.url()).toString() : null;
            log('page', page.url(), rows.length);
          }
          return { products };
        }
        """;

    /// <summary>The events scripts for v1 (a table) and v2 (cards) of the changing site, as in sites/changing/.</summary>
    public static readonly string EventsV1 = File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "changing", "extract-v1.js"));

    public static readonly string EventsV2 = File.ReadAllText(Path.Combine(SiteServer.SitesFolder(), "changing", "extract-v2.js"));

    public static JsonObject ShopSchema() => (JsonObject)JsonNode.Parse("""
        {
          "type": "object",
          "required": ["products"],
          "properties": {
            "products": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/product" } }
          },
          "$defs": {
            "product": {
              "type": "object",
              "required": ["name", "price", "rating"],
              "properties": { "name": { "type": "string" }, "price": { "type": "number" }, "rating": { "type": "number", "maximum": 5 } }
            }
          }
        }
        """)!;

    public static JsonObject EventsSchema() => (JsonObject)JsonNode.Parse("""
        { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["title", "date"],
          "properties": { "title": { "type": "string" }, "date": { "type": "string" } } } }
        """)!;

    /// <summary>A script that waits <paramref name="ms"/> on the page and returns a marker.</summary>
    public static string Wait(int ms) => $$"""
        async function main({ page, params }) {
          await page.goto(params.startUrl);
          await page.waitForTimeout({{ms}});
          return { waited: {{ms}}, marker: params.marker ?? null };
        }
        """;
}
