namespace WebTasks.Client;

/// <summary>Where the service is and who is calling.</summary>
public sealed class WebTasksClientOptions
{
    /// <summary>The service's base address, e.g. https://webtasks.example.com/.</summary>
    public Uri? BaseUrl { get; set; }

    public string Workspace { get; set; } = "";

    /// <summary>Sent as the <c>x-api-key</c> header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// How often <see cref="WebTasksClient.RunAsync(WebTaskRequest, TimeSpan?, IProgress{WebTaskResult}?, CancellationToken)"/> reports
    /// progress: each request waits on the server up to this long (whole seconds, at most 60) and returns as soon as the task completes.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a run is waited for before <see cref="TimeoutException"/>.</summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromMinutes(15);
}
