using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using WebTasks.Api.Dashboard;

namespace WebTasks.Functions;

/// <summary>The dashboard and the trace viewer, as the self-host serves them.</summary>
public sealed class DashboardFunctions
{
    /// <summary>The empty route: an optional parameter that must be empty is how a trigger serves the root.</summary>
    [Function("Dashboard")]
    public IResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{root:maxlength(0)?}")] HttpRequest request) => DashboardFiles.Page();

    [Function("DashboardAsset")]
    public IResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{file}")] HttpRequest request, string file) => DashboardFiles.Asset(file);

    [Function("TraceViewer")]
    public IResult TraceViewer([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "trace-viewer/{*path}")] HttpRequest request, string? path) =>
        DashboardFiles.TraceViewer(path);
}
