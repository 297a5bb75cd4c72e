using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Pipeline;
using WebTasks.Server;
using WebTasks.Server.Endpoints;
using WebTasks.Server.Http;
using WebTasks.Server.OpenApi;
using WebTasks.Storage.Tasks;

var builder = WebApplication.CreateBuilder(args);

// Storage must exist before the pipeline's workers start; hosted services start in the order they are added.
builder.Services.AddHostedService<StartupTasks>();
builder.Services.AddWebTasksPipeline(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.PropertyNamingPolicy = Json.Options.PropertyNamingPolicy;
    o.SerializerOptions.DefaultIgnoreCondition = Json.Options.DefaultIgnoreCondition;
    o.SerializerOptions.Encoder = Json.Options.Encoder;
});
builder.Services.AddProblemDetails();
builder.Services.AddWebTasksOpenApi();
builder.Services.AddRateLimiter(limiter =>
{
    // Per workspace, writes and reads counted apart: a client polling its results must not starve its own starts.
    limiter.AddPolicy("workspace", http =>
    {
        var workspace = http.GetRouteValue("workspaceId") as string ?? "";
        var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<WebTasksOptions>>().CurrentValue.Limits;
        var isRead = HttpMethods.IsGet(http.Request.Method);
        return RateLimitPartition.GetFixedWindowLimiter((workspace, isRead), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = isRead ? limits.ReadsPerMinute : limits.WritesPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    });
    limiter.OnRejected = async (context, cancellationToken) =>
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.Headers.RetryAfter = "10";
        await context.HttpContext.Response.WriteAsJsonAsync(ApiError.RateLimited(context.HttpContext.TraceIdentifier), Json.Options, cancellationToken);
    };
});

var app = builder.Build();

// Every failure a caller can cause is a 400 in the documented shape; anything else is a logged 500 in the same shape.
app.UseExceptionHandler(errors => errors.Run(async http =>
{
    var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
    var correlationId = http.TraceIdentifier;
    (int status, ApiError body) = error switch
    {
        BadRequestException bad => (400, ApiError.BadRequest(bad.Message, bad.Details, correlationId)),
        BadHttpRequestException bad => (400, ApiError.BadRequest("The request could not be read: " + bad.Message, null, correlationId)),
        ConcurrencyException conflict => (409, ApiError.Conflict(conflict.Message, correlationId)),
        _ => (500, ApiError.Internal(correlationId)),
    };
    http.Response.StatusCode = status;
    await http.Response.WriteAsJsonAsync(body, Json.Options);
}));
app.UseRateLimiter();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
app.MapOpenApi();

var workspace = app.MapGroup("/api/v1/workspace/{workspaceId}")
    .AddEndpointFilter<ApiKeyFilter>()
    .RequireRateLimiting("workspace")
    .ProducesApiErrors();
workspace.MapWebTasks();
workspace.MapReuseKeys();

app.Run();

/// <summary>Exposed so functional tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
