using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Microsoft.Playwright;

namespace WebTasks.Browser.Sandbox;

/// <summary>Answers a script's <c>ai.extract(instruction, schema?)</c> from the page's text with a model (and counts the cost).</summary>
public interface IAiExtractor
{
    Task<JsonNode?> ExtractAsync(string instruction, JsonObject? schema, string pageText, CancellationToken cancellationToken);
}

/// <summary><c>ai.extract(instruction, schema?)</c>: for the parts of a page not worth coding, a model reads its visible text.</summary>
internal static class AiApi
{
    private const int MaxPageChars = 60_000;

    public static JsValue Create(JsBridge js, RunBrowser run, IAiExtractor? extractor)
    {
        var o = js.NewObject();
        js.Function(o, "extract", 2, a =>
        {
            var instruction = js.RequireString(a, 0, "ai.extract", "instruction");
            if (extractor is null)
            {
                throw js.Error("ai.extract needs a model, and this run has none (model \"none\", or no WebTasks:Ai:Provider configured).");
            }

            var schemaArg = JsBridge.Arg(a, 1);
            JsonObject? schema = null;
            if (!schemaArg.IsUndefined() && !schemaArg.IsNull())
            {
                schema = JsonNode.Parse(js.ToJson(schemaArg) ?? "null") as JsonObject ?? throw js.TypeError("ai.extract: schema must be a JSON Schema object");
            }

            var text = js.Await(() => run.Page.InnerTextAsync("body", new PageInnerTextOptions { Timeout = 10_000 }));
            if (text.Length > MaxPageChars)
            {
                text = text[..MaxPageChars];
            }

            try
            {
                return js.FromNode(js.Await(() => extractor.ExtractAsync(instruction, schema, text, js.CancellationToken)));
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or Jint.Runtime.JavaScriptException))
            {
                // A model that answers badly, or a spent budget, is an error the script can catch.
                throw js.Error(ex.Message);
            }
        });
        return o;
    }
}
