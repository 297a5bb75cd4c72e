namespace WebTasks.Cli;

/// <summary>What the process exit code says.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The web task completed with outcome failed.</summary>
    public const int TaskFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The API refused the request (bad request, unauthorized, not found, rate limited) or could not be reached.</summary>
    public const int ApiError = 3;

    /// <summary>The task did not complete within --timeout.</summary>
    public const int Timeout = 4;
}
