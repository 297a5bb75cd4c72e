using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace WebTasks.Api.Dashboard;

/// <summary>
/// The dashboard: plain HTML, CSS and JavaScript embedded in this assembly, calling the public API with the key the
/// person signs in with. And Playwright's own trace viewer, the static app inside the Playwright driver that ships
/// with Microsoft.Playwright, so a run's trace opens in the browser. Served the same by both hosts.
/// </summary>
public static class DashboardFiles
{
    private const string ResourcePrefix = "dashboard/";
    private static readonly Assembly Assembly = typeof(DashboardFiles).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Where the Playwright driver keeps the trace viewer, next to the host's assemblies.</summary>
    public static string TraceViewerFolder { get; } = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "lib", "vite", "traceViewer");

    public static IResult Page() => Asset("index.html");

    /// <summary>One of the dashboard's own files, by name (no folders).</summary>
    public static IResult Asset(string file)
    {
        var stream = Assembly.GetManifestResourceStream(ResourcePrefix + file);
        return stream is null ? Results.NotFound() : Results.Stream(stream, ContentType(file));
    }

    /// <summary>A file of the trace viewer; nothing outside its folder.</summary>
    public static IResult TraceViewer(string? path)
    {
        var root = Path.GetFullPath(TraceViewerFolder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, string.IsNullOrEmpty(path) ? "index.html" : path));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full)
            ? Results.File(full, ContentType(full))
            : Results.NotFound();
    }

    private static string ContentType(string file) => ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
}
