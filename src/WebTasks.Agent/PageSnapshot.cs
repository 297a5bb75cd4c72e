using System.Reflection;
using Microsoft.Playwright;

namespace WebTasks.Agent;

/// <summary>The model's view of a page (Scripts/snapshot.js): URL, title, headings, forms, tables, repeated structures, pagination, actions, text.</summary>
public static class PageSnapshot
{
    private static readonly string Script = Read();

    /// <summary>The snapshot of <paramref name="page"/>, at most <paramref name="maxChars"/> characters.</summary>
    public static Task<string> TakeAsync(IPage page, int maxChars) => page.EvaluateAsync<string>(Script, maxChars);

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebTasks.Agent.Scripts.snapshot.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
