namespace WebTasks.Core.Contracts;

/// <summary>The <c>error.code</c> of a failed web task (DESIGN.md).</summary>
public static class FailureCodes
{
    public const string WorkspaceRateLimited = "workspace-rate-limited";
    public const string Unauthenticated = "unauthenticated";
    public const string NoAiCreditsLeft = "no-ai-credits-left";
    public const string Timeout = "timeout";
    public const string Rejected = "rejected";
    public const string InternalError = "internal-error";

    /// <summary>Ours: the run was cancelled through <c>POST …/web-tasks/{id}/cancel</c>.</summary>
    public const string Cancelled = "cancelled";
}

/// <summary>The <c>code</c> of an error answer to the request itself.</summary>
public static class RequestErrorCodes
{
    public const string BadRequest = "bad-request";
    public const string Unauthorized = "unauthorized";
    public const string NotFound = "not-found";
    public const string RateLimited = "rate-limited";
    public const string Conflict = "conflict";
    public const string Internal = "internal-error";
}
