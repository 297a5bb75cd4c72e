using System.Text.Json;
using System.Text.Json.Nodes;
using WebTasks.Core.Options;
using WebTasks.Core.Schema;

namespace WebTasks.Core.Contracts;

/// <summary>
/// Turns the body of <c>POST …/web-tasks/start</c> into a <see cref="WebTaskRequest"/>, or a
/// <see cref="BadRequestException"/> that names every field that is wrong and why.
/// </summary>
public static class RequestParser
{
    public static WebTaskRequest Parse(ReadOnlySpan<byte> body, LimitsOptions limits, string defaultModel)
    {
        if (body.Length > limits.MaxRequestBytes)
        {
            throw new BadRequestException($"The request body is larger than {limits.MaxRequestBytes} bytes.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new BadRequestException($"The request body is not valid JSON: {ex.Message}");
        }

        if (root is not JsonObject obj)
        {
            throw new BadRequestException("The request body must be a JSON object with at least a 'task' field.");
        }

        var errors = new List<string>();
        var task = OptionalString(obj, "task", errors);
        if (task is null)
        {
            if (obj["task"] is null)
            {
                errors.Add("'task' is required: describe the web task in plain English.");
            }
        }
        else if (string.IsNullOrWhiteSpace(task))
        {
            errors.Add("'task' must not be empty.");
        }
        else if (task.Length > limits.MaxTaskChars)
        {
            errors.Add($"'task' is {task.Length} characters long; the limit is {limits.MaxTaskChars}.");
        }

        var startUrl = OptionalString(obj, "startUrl", errors);
        if (startUrl is not null && !IsHttpUrl(startUrl))
        {
            errors.Add($"'startUrl' must be an absolute http or https URL, not '{Truncate(startUrl)}'.");
        }

        JsonObject parameters = [];
        if (obj["parameters"] is { } p)
        {
            if (p is JsonObject po)
            {
                parameters = (JsonObject)po.DeepClone();
            }
            else
            {
                errors.Add("'parameters' must be a JSON object.");
            }
        }

        JsonObject? outputSchema = null;
        if (obj["outputSchema"] is { } s)
        {
            if (s is JsonObject so)
            {
                try
                {
                    outputSchema = OutputSchema.Parse(so).Source;
                }
                catch (BadRequestException ex)
                {
                    errors.AddRange(ex.Details.Select(d => "'outputSchema' " + d));
                }
            }
            else
            {
                errors.Add("'outputSchema' must be a JSON Schema object.");
            }
        }

        var reuseKey = OptionalString(obj, "reuseKey", errors);
        if (reuseKey is not null && !Ids.IsValidReuseKey(reuseKey))
        {
            errors.Add($"'reuseKey' must be {Ids.ReuseKeyRule}; got '{Truncate(reuseKey)}'.");
        }

        var model = OptionalString(obj, "model", errors) ?? defaultModel;
        if (!Models.All.Contains(model))
        {
            errors.Add($"'model' must be one of {string.Join(", ", Models.All)}; got '{Truncate(model)}'.");
        }

        var proxy = OptionalString(obj, "proxy", errors);
        if (proxy is not null && !IsProxyUrl(proxy))
        {
            errors.Add("'proxy' must be a proxy URL such as http://user:pass@host:port or socks5://host:port.");
        }

        var auth = OptionalString(obj, "auth", errors);
        if (auth is not null && !Ids.IsValidAuthSessionId(auth))
        {
            errors.Add($"'auth' must be the id of an auth session (wta_ and 32 hex digits), as POST …/auth-sessions answers it; got '{Truncate(auth)}'.");
        }

        var sink = SinkParser.Parse(obj["sink"], errors);

        if (errors.Count > 0)
        {
            throw new BadRequestException(errors[0], errors);
        }

        return new WebTaskRequest
        {
            Task = task!.Trim(),
            StartUrl = startUrl,
            Parameters = parameters,
            OutputSchema = outputSchema,
            ReuseKey = reuseKey,
            Model = model,
            Proxy = proxy,
            Auth = auth,
            Sink = sink,
        };
    }

    internal static string? OptionalString(JsonObject obj, string name, List<string> errors, string? label = null)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        errors.Add($"'{label ?? name}' must be a string.");
        return null;
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    private static bool IsProxyUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "socks5" && !string.IsNullOrEmpty(uri.Host);

    internal static bool IsHeaderName(string name) =>
        name.Length is > 0 and <= 256 && name.All(c => c > 32 && c < 127 && c != ':');

    internal static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
