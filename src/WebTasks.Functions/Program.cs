using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using WebTasks.Api;
using WebTasks.Pipeline;

// The Azure Functions app: the same API handlers and durable classes as the self-host, behind Functions triggers.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddWebTasksPipeline(builder.Configuration);
builder.Services.AddWebTasksApi();
builder.Build().Run();
