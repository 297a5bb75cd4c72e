namespace WebTasks.Core.Contracts;

/// <summary>
/// The body of every error answer: <c>{ code, category, message, retirable, details, correlationId }</c>. Intuned
/// documents <c>category: "user"</c> for requests the caller got wrong; so is every answer here that the caller
/// can change, and <c>"system"</c> is ours alone.
/// </summary>
public sealed record ApiError(
    string Code,
    string Category,
    string Message,
    bool Retirable,
    IReadOnlyList<string> Details,
    string CorrelationId)
{
    private const string User = "user";

    public static ApiError BadRequest(string message, IReadOnlyList<string>? details, string correlationId) =>
        new(RequestErrorCodes.BadRequest, User, message, false, details ?? [], correlationId);

    public static ApiError Unauthorized(string correlationId) =>
        new(RequestErrorCodes.Unauthorized, User,
            "Missing or invalid x-api-key for this workspace.", false, [], correlationId);

    public static ApiError NotFound(string message, string correlationId) =>
        new(RequestErrorCodes.NotFound, User, message, false, [], correlationId);

    public static ApiError RateLimited(string correlationId) =>
        new(RequestErrorCodes.RateLimited, User,
            "Too many requests for this workspace; retry after a short wait.", true, [], correlationId);

    public static ApiError Conflict(string message, string correlationId) =>
        new(RequestErrorCodes.Conflict, User, message, true, [], correlationId);

    public static ApiError Internal(string correlationId) =>
        new(RequestErrorCodes.Internal, "system",
            "Something went wrong on our side; the correlationId identifies it in the logs.", true, [], correlationId);
}

/// <summary>Thrown for input the caller got wrong; rendered as a 400 with the documented body.</summary>
public sealed class BadRequestException(string message, IReadOnlyList<string>? details = null) : Exception(message)
{
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
