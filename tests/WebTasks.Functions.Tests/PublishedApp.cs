using System.Text.Json.Nodes;
using WebTasks.Testing;

namespace WebTasks.Functions.Tests;

/// <summary>
/// The Functions app as <c>dotnet publish</c> wrote it (the test command publishes it to .run/functions first): its
/// functions.metadata lists every function with its bindings, as the Functions host will read it.
/// </summary>
public static class PublishedApp
{
    public static string Folder { get; } = Path.Combine(Repository.Root, ".run", "functions");

    public static JsonArray Functions { get; } = Load("functions.metadata").AsArray();

    public static JsonObject HostJson { get; } = Load("host.json").AsObject();

    /// <summary>The trigger binding of each function, by function name.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Triggers { get; } = Functions.ToDictionary(
        f => f!["name"]!.GetValue<string>(),
        f => f!["bindings"]!.AsArray().Select(b => b!.AsObject()).Single(b => b["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal)));

    private static JsonNode Load(string file)
    {
        var path = Path.Combine(Folder, file);
        return File.Exists(path)
            ? JsonNode.Parse(File.ReadAllText(path))!
            : throw new FileNotFoundException($"{path} is missing: publish the app first (dotnet publish src/WebTasks.Functions -c Release -o .run/functions), as `make test` does.");
    }
}
