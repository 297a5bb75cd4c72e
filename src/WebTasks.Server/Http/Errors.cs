using WebTasks.Core.Contracts;

namespace WebTasks.Server.Http;

/// <summary>Error answers in the documented shape, with the request's correlation id.</summary>
internal static class Errors
{
    public static string CorrelationId(HttpContext context) => context.TraceIdentifier;

    public static IResult BadRequest(HttpContext context, string message, IReadOnlyList<string>? details = null) =>
        Results.Json(ApiError.BadRequest(message, details, CorrelationId(context)), statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(HttpContext context, string message) =>
        Results.Json(ApiError.NotFound(message, CorrelationId(context)), statusCode: StatusCodes.Status404NotFound);

    public static IResult Unauthorized(HttpContext context) =>
        Results.Json(ApiError.Unauthorized(CorrelationId(context)), statusCode: StatusCodes.Status401Unauthorized);
}
