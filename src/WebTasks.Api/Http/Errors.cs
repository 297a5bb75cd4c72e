using Microsoft.AspNetCore.Http;
using WebTasks.Core;
using WebTasks.Core.Contracts;

namespace WebTasks.Api.Http;

/// <summary>Error answers in the documented shape, with the request's correlation id.</summary>
public static class Errors
{
    public static string CorrelationId(HttpContext context) => context.TraceIdentifier;

    public static IResult BadRequest(HttpContext context, string message, IReadOnlyList<string>? details = null) =>
        Results.Json(ApiError.BadRequest(message, details, CorrelationId(context)), JsonDefaults.Options, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(HttpContext context, string message) =>
        Results.Json(ApiError.NotFound(message, CorrelationId(context)), JsonDefaults.Options, statusCode: StatusCodes.Status404NotFound);

    public static IResult Unauthorized(HttpContext context) =>
        Results.Json(ApiError.Unauthorized(CorrelationId(context)), JsonDefaults.Options, statusCode: StatusCodes.Status401Unauthorized);

    public static IResult Conflict(HttpContext context, string message) =>
        Results.Json(ApiError.Conflict(message, CorrelationId(context)), JsonDefaults.Options, statusCode: StatusCodes.Status409Conflict);

    public static IResult Internal(HttpContext context) =>
        Results.Json(ApiError.Internal(CorrelationId(context)), JsonDefaults.Options, statusCode: StatusCodes.Status500InternalServerError);

    public static IResult RateLimited(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "10";
        return Results.Json(ApiError.RateLimited(CorrelationId(context)), JsonDefaults.Options, statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>A JSON answer with the API's naming and null handling, whichever host serializes it.</summary>
    public static IResult Ok<T>(T body) => Results.Json(body, JsonDefaults.Options);
}
