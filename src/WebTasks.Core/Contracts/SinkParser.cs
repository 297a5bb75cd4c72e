using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WebTasks.Core.Contracts;

/// <summary>The <c>sink</c> of a start request: every field checked, unknown fields refused (a misspelt secret is not silently dropped).</summary>
internal static partial class SinkParser
{
    private static readonly Dictionary<string, string[]> Fields = new()
    {
        [SinkTypes.Webhook] = ["type", "url", "headers"],
        [SinkTypes.S3] = ["type", "bucket", "region", "prefix", "accessKeyId", "secretAccessKey", "endpoint"],
        [SinkTypes.Blob] = ["type", "containerUrl", "accountUrl", "container", "prefix"],
    };

    public static ResultSink? Parse(JsonNode? node, List<string> errors)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject sink)
        {
            errors.Add("'sink' must be an object with a 'type': webhook, s3 or blob.");
            return null;
        }

        var type = RequestParser.OptionalString(sink, "type", errors, "sink.type");
        if (type is null || !Fields.TryGetValue(type, out var known))
        {
            errors.Add($"'sink.type' must be one of {string.Join(", ", SinkTypes.All)}.");
            return null;
        }

        var before = errors.Count;
        foreach (var (name, _) in sink)
        {
            if (!known.Contains(name))
            {
                errors.Add($"'sink.{RequestParser.Truncate(name)}' is not a field of a {type} sink; its fields are {string.Join(", ", known)}.");
            }
        }

        ResultSink? parsed = type switch
        {
            SinkTypes.Webhook => Webhook(sink, errors),
            SinkTypes.S3 => S3(sink, errors),
            _ => Blob(sink, errors),
        };
        return errors.Count == before ? parsed : null;
    }

    private static WebhookSink? Webhook(JsonObject sink, List<string> errors)
    {
        var url = HttpUrl(sink, "url", required: true, errors);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (sink["headers"] is { } h)
        {
            if (h is not JsonObject ho)
            {
                errors.Add("'sink.headers' must be an object of header names to string values.");
            }
            else
            {
                foreach (var (name, value) in ho)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && RequestParser.IsHeaderName(name))
                    {
                        headers[name] = text;
                    }
                    else
                    {
                        errors.Add($"'sink.headers.{RequestParser.Truncate(name)}' must be a valid header name with a string value.");
                    }
                }
            }
        }

        return url is null ? null : new WebhookSink { Url = url, Headers = headers };
    }

    private static S3Sink? S3(JsonObject sink, List<string> errors)
    {
        var bucket = Required(sink, "bucket", errors);
        if (bucket is not null && !BucketName().IsMatch(bucket))
        {
            errors.Add("'sink.bucket' must be an S3 bucket name: 3–63 lowercase letters, digits, '.' or '-'.");
        }

        var region = Required(sink, "region", errors);
        if (region is not null && !RegionName().IsMatch(region))
        {
            errors.Add("'sink.region' must be a region name such as us-east-1.");
        }

        var accessKeyId = Required(sink, "accessKeyId", errors);
        var secret = Required(sink, "secretAccessKey", errors);
        var prefix = Prefix(sink, errors);
        var endpoint = HttpUrl(sink, "endpoint", required: false, errors);
        return bucket is null || region is null || accessKeyId is null || secret is null
            ? null
            : new S3Sink { Bucket = bucket, Region = region, AccessKeyId = accessKeyId, SecretAccessKey = secret, Prefix = prefix, Endpoint = endpoint };
    }

    private static BlobSink? Blob(JsonObject sink, List<string> errors)
    {
        var containerUrl = HttpUrl(sink, "containerUrl", required: false, errors);
        var accountUrl = HttpUrl(sink, "accountUrl", required: false, errors);
        var container = RequestParser.OptionalString(sink, "container", errors, "sink.container");
        var prefix = Prefix(sink, errors);
        if ((sink["containerUrl"] is null) == (sink["accountUrl"] is null))
        {
            errors.Add("A blob sink needs either 'sink.containerUrl' (a container URL with a SAS) or 'sink.accountUrl' with 'sink.container' (the service's managed identity), not both.");
        }
        else if (sink["accountUrl"] is not null && (container is null || !ContainerName().IsMatch(container)))
        {
            errors.Add("'sink.container' must be a container name: 3–63 lowercase letters, digits or '-'.");
        }
        else if (sink["containerUrl"] is not null && sink["container"] is not null)
        {
            errors.Add("'sink.container' goes with 'sink.accountUrl'; a 'sink.containerUrl' already names its container.");
        }

        return new BlobSink { ContainerUrl = containerUrl, AccountUrl = accountUrl, Container = container, Prefix = prefix };
    }

    private static string? Required(JsonObject sink, string name, List<string> errors)
    {
        var value = RequestParser.OptionalString(sink, name, errors, "sink." + name);
        if (sink[name] is null || value is { Length: 0 })
        {
            errors.Add($"'sink.{name}' is required.");
            return null;
        }

        return value;
    }

    private static string? HttpUrl(JsonObject sink, string name, bool required, List<string> errors)
    {
        var url = RequestParser.OptionalString(sink, name, errors, "sink." + name);
        if ((url is null && required) || (url is not null && !RequestParser.IsHttpUrl(url)))
        {
            errors.Add($"'sink.{name}' must be an absolute http or https URL.");
            return null;
        }

        return url;
    }

    private static string? Prefix(JsonObject sink, List<string> errors)
    {
        var prefix = RequestParser.OptionalString(sink, "prefix", errors, "sink.prefix");
        if (prefix is not null && (prefix.Length > 512 || prefix.StartsWith('/') || prefix.Split('/').Contains("..")))
        {
            errors.Add("'sink.prefix' must be a relative path of at most 512 characters, with no '..' segment.");
        }

        return prefix;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex("^[a-z]{2}(-[a-z0-9]+){1,4}$")]
    private static partial Regex RegionName();

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ContainerName();
}
