using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WebTasks.Core.Contracts;

namespace WebTasks.Api.Runs;

/// <summary>
/// A request as it may be shown back: parameters whose names say they are secret, and the proxy's password and query
/// values, are replaced by a mask (the sink is shown, masked, on the result). The run itself still gets them; only what is shown is masked.
/// </summary>
public static partial class SecretMask
{
    public const string Mask = "••••••";

    public static WebTaskRequest Apply(WebTaskRequest request) => request with
    {
        Parameters = MaskParameters(request.Parameters),
        Proxy = request.Proxy is null ? null : Secrets.MaskUrl(request.Proxy),
    };

    private static JsonObject MaskParameters(JsonObject parameters)
    {
        var masked = new JsonObject();
        foreach (var (name, value) in parameters)
        {
            masked[name] = SecretName().IsMatch(name) ? Mask : value?.DeepClone();
        }

        return masked;
    }

    [GeneratedRegex("pass|secret|token|key|auth|cookie|credential|otp|pin|session|signature", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
