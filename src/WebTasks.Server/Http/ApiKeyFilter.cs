using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WebTasks.Core.Options;

namespace WebTasks.Server.Http;

/// <summary>
/// <c>x-api-key</c> must be the key of the workspace in the route. A key of another workspace is as good as no key,
/// so nobody learns whether another workspace's tasks or keys exist.
/// </summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<WebTasksOptions> options) : IEndpointFilter
{
    public const string Header = "x-api-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var workspaceId = http.GetRouteValue("workspaceId") as string ?? "";
        var presented = http.Request.Headers[Header].ToString();
        var expected = options.CurrentValue.Workspaces.GetValueOrDefault(workspaceId)?.ApiKey;
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(presented) || !FixedTimeEquals(presented, expected))
        {
            return Errors.Unauthorized(http);
        }

        return await next(context);
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
