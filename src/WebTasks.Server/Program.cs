using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Api;
using WebTasks.Pipeline;
using WebTasks.Server.Durable;
using WebTasks.Server.Endpoints;
using WebTasks.Server.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWebTasksPipeline(builder.Configuration);
builder.Services.AddDurableSelfHost();
builder.Services.AddWebTasksApi();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.PropertyNamingPolicy = JsonDefaults.Options.PropertyNamingPolicy;
    o.SerializerOptions.DefaultIgnoreCondition = JsonDefaults.Options.DefaultIgnoreCondition;
    o.SerializerOptions.Encoder = JsonDefaults.Options.Encoder;
});
builder.Services.AddProblemDetails();
builder.Services.AddWebTasksOpenApi();
var app = builder.Build();

// The API's handlers answer every failure themselves (ApiGate); this catches what happens outside them.
app.UseExceptionHandler(errors => errors.Run(async http =>
{
    http.Response.StatusCode = StatusCodes.Status500InternalServerError;
    await http.Response.WriteAsJsonAsync(ApiError.Internal(http.TraceIdentifier), JsonDefaults.Options);
}));

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
app.MapOpenApi();

app.MapWebTasksApi();
app.MapDashboard();

app.Run();

/// <summary>Exposed so functional tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
