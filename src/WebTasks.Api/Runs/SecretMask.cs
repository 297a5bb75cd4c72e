using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WebTasks.Core.Contracts;

namespace WebTasks.Api.Runs;

/// <summary>
/// A request as it may be shown back: parameters whose names say they are secret and the proxy's password and query
/// are replaced by a mask. The run itself still gets them; only what is shown is masked.
/// </summary>
public static partial class SecretMask
{
    public const string Mask = "••••••";

    public static WebTaskRequest Apply(WebTaskRequest request) => request with
    {
        Parameters = MaskParameters(request.Parameters),
        Proxy = request.Proxy is null ? null : MaskUrl(request.Proxy),
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

    /// <summary>The user info's password and the query, which is where URLs carry credentials.</summary>
    private static string MaskUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Mask;
        }

        var builder = new UriBuilder(uri);
        if (builder.Password.Length > 0)
        {
            builder.Password = Mask;
        }

        if (builder.Query.Length > 1)
        {
            builder.Query = Mask;
        }

        return builder.Uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.Unescaped);
    }

    [GeneratedRegex("pass|secret|token|key|auth|cookie|credential|otp|pin|session|signature", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
