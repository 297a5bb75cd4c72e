using System.Text.Json.Nodes;

namespace WebTasks.Core.Contracts;

/// <summary>POST …/auth-sessions, read and checked: the Playwright storage state and how it may be used.</summary>
public sealed record CaptureSessionRequest(string? Name, IReadOnlyList<string> Domains, bool Refresh, JsonObject StorageState);

/// <summary>An auth session as the API shows it: never its cookies or storage.</summary>
public sealed record AuthSessionResponse(
    string Id, string? Name, IReadOnlyList<string> Domains, bool Refresh, int CookieCount, int OriginCount, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record AuthSessionListResponse(IReadOnlyList<AuthSessionResponse> Sessions);

/// <summary>
/// Playwright's storage state (<c>{ cookies: [...], origins: [{ origin, localStorage: [...] }] }</c>, as
/// <c>context.storageState()</c> writes it): checked on capture, cut down to a session's domains, and the values in it
/// that must never be shown anywhere.
/// </summary>
public static class StorageStates
{
    /// <summary>The largest capture request accepted: storage states of busy sites run to hundreds of kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;
    private const int MaxDomains = 50;
    private static readonly string[] SameSite = ["Strict", "Lax", "None"];

    public static CaptureSessionRequest ParseCapture(ReadOnlySpan<byte> body)
    {
        if (body.Length > MaxBytes)
        {
            throw new BadRequestException($"The request body is larger than {MaxBytes} bytes.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new BadRequestException($"The request body is not valid JSON: {ex.Message}");
        }

        if (root is not JsonObject obj)
        {
            throw new BadRequestException("The request body must be a JSON object with a 'storageState' (as Playwright's context.storageState() writes it).");
        }

        var errors = new List<string>();
        var name = RequestParser.OptionalString(obj, "name", errors);
        if (name is { Length: > 100 })
        {
            errors.Add("'name' must be at most 100 characters.");
        }

        var refresh = true;
        if (obj["refresh"] is { } r && !(r is JsonValue rv && rv.TryGetValue(out refresh)))
        {
            errors.Add("'refresh' must be true or false.");
        }

        if (obj["storageState"] is not JsonObject state)
        {
            errors.Add("'storageState' is required: an object with 'cookies' and 'origins', as Playwright's context.storageState() writes it.");
            throw new BadRequestException(errors[0], errors);
        }

        Validate(state, errors);
        var domains = obj["domains"] is null ? DomainsOf(state) : ParseDomains(obj["domains"], errors);
        if (errors.Count > 0)
        {
            throw new BadRequestException(errors[0], errors);
        }

        return new CaptureSessionRequest(name, domains, refresh, state);
    }

    private static IReadOnlyList<string> ParseDomains(JsonNode? node, List<string> errors)
    {
        if (node is not JsonArray array || array.Count is 0 or > MaxDomains ||
            array.Any(d => d is not JsonValue v || !v.TryGetValue<string>(out var host) || Uri.CheckHostName(host.TrimStart('.')) is not (UriHostNameType.Dns or UriHostNameType.IPv4)))
        {
            errors.Add($"'domains' must be a list of 1 to {MaxDomains} host names (such as example.com) the session may be sent to.");
            return [];
        }

        return [.. array.Select(d => d!.GetValue<string>().TrimStart('.').ToLowerInvariant()).Distinct()];
    }

    private static void Validate(JsonObject state, List<string> errors)
    {
        var cookies = state["cookies"] as JsonArray;
        var origins = state["origins"] as JsonArray;
        if ((state["cookies"] is not null && cookies is null) || (state["origins"] is not null && origins is null))
        {
            errors.Add("'storageState.cookies' and 'storageState.origins' must be arrays.");
            return;
        }

        if ((cookies?.Count ?? 0) + (origins?.Count ?? 0) == 0)
        {
            errors.Add("'storageState' holds no cookies and no origins: there is no session in it.");
        }

        for (var i = 0; i < (cookies?.Count ?? 0); i++)
        {
            if (cookies![i] is not JsonObject c || !IsString(c["name"]) || !IsString(c["value"]) || !IsString(c["domain"]) || Text(c["domain"]).Length == 0 ||
                (c["path"] is not null && !IsString(c["path"])) || (c["sameSite"] is not null && !SameSite.Contains(Text(c["sameSite"]))) ||
                (c["expires"] is not null && !(c["expires"] is JsonValue e && e.TryGetValue<double>(out _))))
            {
                errors.Add($"'storageState.cookies[{i}]' must have string name, value and domain (and optional path, expires, httpOnly, secure, sameSite Strict/Lax/None).");
            }
        }

        for (var i = 0; i < (origins?.Count ?? 0); i++)
        {
            if (origins![i] is not JsonObject o || !IsString(o["origin"]) || !RequestParser.IsHttpUrl(Text(o["origin"])) ||
                (o["localStorage"] is not null && (o["localStorage"] is not JsonArray items || items.Any(item => item is not JsonObject pair || !IsString(pair["name"]) || !IsString(pair["value"])))))
            {
                errors.Add($"'storageState.origins[{i}]' must have an http(s) 'origin' and a 'localStorage' list of {{ name, value }}.");
            }
        }
    }

    /// <summary>The hosts a state's cookies and origins belong to.</summary>
    public static IReadOnlyList<string> DomainsOf(JsonObject state) =>
    [
        .. Cookies(state).Select(c => Text(c["domain"]).TrimStart('.').ToLowerInvariant())
            .Concat(Origins(state).Select(o => new Uri(Text(o["origin"])).Host.ToLowerInvariant()))
            .Distinct(),
    ];

    /// <summary>Only the cookies and origins of <paramref name="domains"/> (and their subdomains).</summary>
    public static JsonObject FilterTo(JsonObject state, IReadOnlyList<string> domains) => new()
    {
        ["cookies"] = new JsonArray([.. Cookies(state).Where(c => Allowed(Text(c["domain"]), domains)).Select(c => c.DeepClone())]),
        ["origins"] = new JsonArray([.. Origins(state).Where(o => Allowed(new Uri(Text(o["origin"])).Host, domains)).Select(o => o.DeepClone())]),
    };

    /// <summary>Cookie and local-storage values: what traces, logs and answers must never hold.</summary>
    public static IReadOnlyList<string> SecretsOf(JsonObject state) =>
    [
        .. Cookies(state).Select(c => Text(c["value"]))
            .Concat(Origins(state).SelectMany(o => (o["localStorage"] as JsonArray ?? []).OfType<JsonObject>().Select(p => Text(p["value"]))))
            .Where(v => v.Length >= 6)
            .Distinct(),
    ];

    public static int CookieCount(JsonObject state) => Cookies(state).Count();

    public static int OriginCount(JsonObject state) => Origins(state).Count();

    /// <summary>When the first of the expiring cookies expires (session cookies, expires -1, do not count).</summary>
    public static DateTimeOffset? EarliestExpiry(JsonObject state) =>
        Cookies(state).Select(c => c["expires"] is JsonValue v && v.TryGetValue<double>(out var s) && s > 0 ? DateTimeOffset.FromUnixTimeSeconds((long)s) : (DateTimeOffset?)null)
            .Where(e => e is not null).Min();

    private static bool Allowed(string host, IReadOnlyList<string> domains)
    {
        host = host.TrimStart('.').ToLowerInvariant();
        return domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Cookies(JsonObject state) => (state["cookies"] as JsonArray ?? []).OfType<JsonObject>();

    private static IEnumerable<JsonObject> Origins(JsonObject state) => (state["origins"] as JsonArray ?? []).OfType<JsonObject>();

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out _);

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
