using System.Text.Json.Nodes;
using WebTasks.Core.Contracts;

namespace WebTasks.Server.OpenApi;

/// <summary>
/// The start request as the OpenAPI document shows it. The endpoint reads the body itself (RequestParser) so that
/// every problem gets the documented 400; this type only describes what it accepts.
/// </summary>
public sealed record StartWebTaskBody
{
    /// <summary>What to do, in plain English.</summary>
    public required string Task { get; init; }

    /// <summary>http(s) URL the run starts from; the script sees it as params.startUrl.</summary>
    public string? StartUrl { get; init; }

    /// <summary>Free-form values the script reads from params.</summary>
    public JsonObject? Parameters { get; init; }

    /// <summary>JSON Schema (draft 2020-12 shape, plus { "type": "attachment" }) the result must match.</summary>
    public JsonObject? OutputSchema { get; init; }

    /// <summary>Runs with the same key reuse its saved script; minted (wtr_…) when absent.</summary>
    public string? ReuseKey { get; init; }

    /// <summary>haiku, sonnet, opus or none (no model: saved code, or the built-in planner).</summary>
    public string? Model { get; init; }

    /// <summary>Proxy URL for this run's browser, e.g. http://user:pass@proxy:8080.</summary>
    public string? Proxy { get; init; }

    /// <summary>An auth session (wta_…, from POST …/auth-sessions): the run's browser starts logged in with it.</summary>
    public string? Auth { get; init; }

    /// <summary>
    /// Where the completed result is also delivered, at least once, retried with backoff: a webhook (POSTed, signed), an
    /// S3 bucket or an Azure Blob container ("{prefix}/{webTaskId}.json", a file result's content as ".data.json").
    /// </summary>
    public ResultSink? Sink { get; init; }
}

/// <summary>POST …/auth-sessions, as the OpenAPI document shows it (the endpoint reads the body itself).</summary>
public sealed record CaptureAuthSessionBody
{
    /// <summary>Playwright's storage state: { cookies: [...], origins: [{ origin, localStorage: [{ name, value }] }] }, as context.storageState() writes it.</summary>
    public required JsonObject StorageState { get; init; }

    /// <summary>Hosts the session may be sent to (and their subdomains); by default those of its cookies and origins.</summary>
    public IReadOnlyList<string>? Domains { get; init; }

    /// <summary>A name to tell sessions apart.</summary>
    public string? Name { get; init; }

    /// <summary>Whether runs save the cookies the site renews back into the session (default true).</summary>
    public bool? Refresh { get; init; }
}
