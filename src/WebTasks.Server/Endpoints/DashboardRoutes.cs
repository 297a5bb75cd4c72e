using WebTasks.Api.Dashboard;

namespace WebTasks.Server.Endpoints;

/// <summary>The dashboard at / and Playwright's trace viewer at /trace-viewer/; both call only the public API.</summary>
internal static class DashboardRoutes
{
    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => DashboardFiles.Page()).ExcludeFromDescription();
        app.MapGet("/dashboard/{file}", (string file) => DashboardFiles.Asset(file)).ExcludeFromDescription();
        app.MapGet("/trace-viewer/{**path}", (string? path) => DashboardFiles.TraceViewer(path)).ExcludeFromDescription();
    }
}
