using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Storage.Tasks;

namespace WebTasks.Api.Http;

public enum Access
{
    Read,
    Write,
}

/// <summary>
/// What every API call passes, in both hosts: the workspace's API key first, then the workspace's rate limit (so a
/// caller with a wrong key cannot spend another workspace's quota), and every failure a caller can cause answered
/// in the documented error shape. Callers with a wrong or missing key are limited per client address.
/// </summary>
public sealed class ApiGate : IDisposable
{
    public const string ApiKeyHeader = "x-api-key";
    private readonly IOptionsMonitor<WebTasksOptions> _options;
    private readonly ILogger<ApiGate> _logger;
    private readonly PartitionedRateLimiter<(string Workspace, Access Access)> _workspaces;
    private readonly PartitionedRateLimiter<IPAddress> _strangers;

    public ApiGate(IOptionsMonitor<WebTasksOptions> options, ILogger<ApiGate> logger)
    {
        _options = options;
        _logger = logger;
        _workspaces = PartitionedRateLimiter.Create<(string Workspace, Access Access), (string, Access)>(key =>
        {
            var limits = _options.CurrentValue.Limits;
            return RateLimitPartition.GetFixedWindowLimiter(key, k => PerMinute(k.Item2 == Access.Read ? limits.ReadsPerMinute : limits.WritesPerMinute));
        });
        _strangers = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => PerMinute(_options.CurrentValue.Limits.UnauthenticatedPerMinute)));
    }

    /// <summary>Runs <paramref name="handler"/> for an authenticated caller within the workspace's limit.</summary>
    public async Task<IResult> RunAsync(HttpContext http, string workspaceId, Access access, Func<Task<IResult>> handler)
    {
        if (!Authenticated(http, workspaceId))
        {
            using var stranger = _strangers.AttemptAcquire(http.Connection.RemoteIpAddress ?? IPAddress.None);
            return stranger.IsAcquired ? Errors.Unauthorized(http) : Errors.RateLimited(http);
        }

        using var lease = _workspaces.AttemptAcquire((workspaceId, access));
        if (!lease.IsAcquired)
        {
            return Errors.RateLimited(http);
        }

        try
        {
            return await handler();
        }
        catch (BadRequestException bad)
        {
            return Errors.BadRequest(http, bad.Message, bad.Details);
        }
        catch (BadHttpRequestException bad)
        {
            return Errors.BadRequest(http, "The request could not be read: " + bad.Message);
        }
        catch (ConcurrencyException conflict)
        {
            return Errors.Conflict(http, conflict.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            _logger.LogError(ex, "{Method} {Path} failed ({CorrelationId})", http.Request.Method, http.Request.Path, Errors.CorrelationId(http));
            return Errors.Internal(http);
        }
    }

    public void Dispose()
    {
        _workspaces.Dispose();
        _strangers.Dispose();
    }

    private bool Authenticated(HttpContext http, string workspaceId)
    {
        var presented = http.Request.Headers[ApiKeyHeader].ToString();
        var expected = _options.CurrentValue.Workspaces.GetValueOrDefault(workspaceId)?.ApiKey;
        return !string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(presented) && FixedTimeEquals(presented, expected);
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
