using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using WebTasks.Core.Contracts;

namespace WebTasks.Server.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json: the endpoints' shapes, the x-api-key scheme and the error body.</summary>
internal static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddWebTasksOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "WebTasks",
                Version = "v1",
                Description = "Web tasks described in plain English; the script written by the first run is saved under a reuse key and replayed.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "x-api-key",
                Description = "The workspace's API key (WebTasks:Workspaces:{id}:ApiKey).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] }];
            return Task.CompletedTask;
        });
    });

    /// <summary>Every workspace endpoint can answer these, always with <see cref="ApiError"/>.</summary>
    public static RouteGroupBuilder ProducesApiErrors(this RouteGroupBuilder group)
    {
        foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests })
        {
            group.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ApiError), ["application/json"]));
        }

        return group;
    }
}
