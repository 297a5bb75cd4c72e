using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebTasks.Sites;

// The demo: the bundled shop site on 127.0.0.1, one web task run twice through the public HTTP API with
// model "none": the first run has the built-in planner write and save the script, the second replays it.
var url = Arg("--url") ?? "http://127.0.0.1:5080";
var workspace = Arg("--workspace") ?? "demo";
var apiKey = Arg("--api-key") ?? "dev-key";

// A new key each time, so every demo shows a first run (planned, created) and a second (replayed, used).
var key = Arg("--reuse-key") ?? $"demo-products-{DateTime.UtcNow:yyyyMMdd-HHmmss}";

using var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Add("x-api-key", apiKey);
await WaitForServiceAsync(http);
await using var sites = await SiteServer.StartAsync();
Console.WriteLine($"Demo site:  {sites.Url("/shop/page1.html")}");
Console.WriteLine($"WebTasks:   {url} (workspace '{workspace}')");

var schema = JsonNode.Parse("""
    {
      "type": "object",
      "required": ["products"],
      "properties": {
        "products": {
          "type": "array", "minItems": 1,
          "items": { "type": "object", "required": ["name", "price", "rating"],
                     "properties": { "name": { "type": "string" }, "price": { "type": "number" }, "rating": { "type": "number" } } }
        }
      }
    }
    """)!;

for (var run = 1; run <= 2; run++)
{
    var body = new JsonObject
    {
        ["task"] = "Extract every product with its name, price and rating",
        ["startUrl"] = sites.Url("/shop/page1.html"),
        ["reuseKey"] = key,
        ["model"] = "none",
        ["outputSchema"] = schema.DeepClone(),
    };
    var clock = Stopwatch.StartNew();
    var started = await SendAsync(HttpMethod.Post, "web-tasks/start", body);
    var id = started["webTaskId"]!.GetValue<string>();
    JsonObject result;
    while (true)
    {
        result = await SendAsync(HttpMethod.Get, $"web-tasks/{id}/result", null);
        if (result["status"]?.GetValue<string>() == "completed")
        {
            break;
        }

        await Task.Delay(100);
    }

    Console.WriteLine();
    var what = run == 1 ? "plan, verify, save" : "replay the saved script";
    Console.WriteLine($"── Run {run} ({what}): {id} → {result["outcome"]} in {clock.ElapsedMilliseconds} ms (start → result)");
    var reuse = result["reuse"]!;
    Console.WriteLine($"   reuse:   key={reuse["key"]} used={reuse["used"]} created={reuse["created"]} updated={reuse["updated"]} revision={reuse["revision_id"]}");
    Console.WriteLine($"   cost:    aiUsd={result["cost"]!["aiUsd"]} compute={result["cost"]!["compute"]!["amount"]} {result["cost"]!["compute"]!["unit"]}");
    Console.WriteLine($"   timings: created={result["timings"]!["createdAt"]} durationMs={result["timings"]!["durationMs"]}");
    if (result["outcome"]?.GetValue<string>() != "success")
    {
        Console.WriteLine($"   error:   {result["error"]}");
        return 1;
    }

    foreach (var product in result["result"]!["data"]!["products"]!.AsArray())
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {product!["name"],-22} {product["price"],8:0.00}  {product["rating"]} ★"));
    }

    if (run == 2)
    {
        Console.WriteLine();
        Console.WriteLine("── The complete result of run 2 (the same records, from the saved script, no model):");
        Console.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}

var saved = await SendAsync(HttpMethod.Get, $"reuse-keys/{key}", null);
Console.WriteLine();
Console.WriteLine($"── The saved script (revision {saved["revisionId"]}, author {saved["author"]}):");
Console.WriteLine(saved["code"]);
return 0;

async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonNode? body)
{
    using var request = new HttpRequestMessage(method, $"api/v1/workspace/{workspace}/{path}");
    if (body is not null)
    {
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    using var response = await http.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }

    return JsonNode.Parse(text)!.AsObject();
}

static async Task WaitForServiceAsync(HttpClient http)
{
    var deadline = DateTime.UtcNow.AddSeconds(90);
    while (true)
    {
        try
        {
            using var health = await http.GetAsync("healthz");
            if (health.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // not up yet
        }

        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException("The service did not come up; see .run/server.log.");
        }

        await Task.Delay(250);
    }
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
