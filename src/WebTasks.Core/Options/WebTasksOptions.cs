namespace WebTasks.Core.Options;

/// <summary>Everything under the <c>WebTasks</c> configuration section.</summary>
public sealed class WebTasksOptions
{
    public const string Section = "WebTasks";

    public Dictionary<string, WorkspaceOptions> Workspaces { get; set; } = new(StringComparer.Ordinal);
    public NetworkOptions Network { get; set; } = new();
    public BrowserOptions Browser { get; set; } = new();
    public LimitsOptions Limits { get; set; } = new();
    public PipelineOptions Pipeline { get; set; } = new();
    public SandboxOptions Sandbox { get; set; } = new();
    public SinkOptions Sinks { get; set; } = new();
    public AiOptions Ai { get; set; } = new();
    public PlannerOptions Planner { get; set; } = new();
    public DurableOptions Durable { get; set; } = new();
}

public sealed class WorkspaceOptions
{
    public string? ApiKey { get; set; }

    /// <summary>HMAC secret for webhook signatures; the API key when not set.</summary>
    public string? WebhookSecret { get; set; }
}

public sealed class NetworkOptions
{
    /// <summary>Host names or addresses exempt from the private-address block (tests and the demo add 127.0.0.1).</summary>
    public List<string> AllowedPrivateHosts { get; set; } = [];
}

public sealed class BrowserOptions
{
    /// <summary>Debian's Chromium without a window (package chromium-headless-shell): what a headless run starts when it is installed.</summary>
    public const string HeadlessShell = "/usr/bin/chromium-headless-shell";

    /// <summary>Debian's full Chromium (package chromium).</summary>
    public const string FullChromium = "/usr/bin/chromium";

    /// <summary>
    /// The Chromium to start. Unset: <see cref="HeadlessShell"/> when headless and installed (it renders as the full
    /// browser does, at less than half the CPU: no window, compositor or browser UI), else <see cref="FullChromium"/>.
    /// </summary>
    public string? ExecutablePath { get; set; }

    public bool Headless { get; set; } = true;

    /// <summary>The executable <see cref="ExecutablePath"/> names, or the default it stands for when unset.</summary>
    public string Executable => ExecutablePath ?? (Headless && File.Exists(HeadlessShell) ? HeadlessShell : FullChromium);

    /// <summary>
    /// Chromium's own sandbox. Off by default: it cannot start as root or where user namespaces are blocked (most
    /// containers, Azure Container Apps). The container image runs as a non-root user and turns it on; a platform
    /// that allows it keeps it on.
    /// </summary>
    public bool ChromiumSandbox { get; set; }

    /// <summary>
    /// Playwright traces (served by GET …/trace): <c>always</c> (with DOM snapshots); <c>retain-on-failure</c> (the
    /// default: traces are kept where they are read — failed runs and the runs that write or repair a script, these
    /// with DOM snapshots; a replay of saved code records actions, console and network only, kept if it fails); or <c>off</c>.
    /// </summary>
    public string Trace { get; set; } = TraceModes.RetainOnFailure;

    /// <summary>Default timeout of one page action, capped by the run's deadline.</summary>
    public TimeSpan ActionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

public static class TraceModes
{
    public const string Always = "always";
    public const string RetainOnFailure = "retain-on-failure";
    public const string Off = "off";

    /// <summary>The mode a setting names (also true/false, read as always/off); an unknown one is a configuration error.</summary>
    public static string Parse(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or RetainOnFailure => RetainOnFailure,
        Always or "true" => Always,
        Off or "false" => Off,
        _ => throw new InvalidOperationException($"WebTasks:Browser:Trace is '{setting}'; use {Always}, {RetainOnFailure} or {Off}."),
    };
}

public sealed class LimitsOptions
{
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
    public int MaxTaskChars { get; set; } = 8000;
    public int InlineResultBytes { get; set; } = 64 * 1024;
    public int MaxCodeChars { get; set; } = 512 * 1024;
    /// <summary>Starts, code saves and rollbacks per workspace per minute; more get 429.</summary>
    public int WritesPerMinute { get; set; } = 600;

    /// <summary>Reads (results, traces, keys) per workspace per minute; generous, since clients poll results.</summary>
    public int ReadsPerMinute { get; set; } = 12_000;

    /// <summary>Requests with a wrong or missing API key per client address per minute; more get 429.</summary>
    public int UnauthenticatedPerMinute { get; set; } = 60;
}

public sealed class PipelineOptions
{
    /// <summary>The deadline of one run, from the moment it holds its key; past it the run fails with "timeout".</summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many runs one workspace may have in flight; more wait for a slot, none is refused.</summary>
    public int WorkspaceConcurrency { get; set; } = 10;

    /// <summary>
    /// How many runs of one workspace may wait for a slot beyond those in flight; a run started past that completes
    /// failed with <c>workspace-rate-limited</c> at once instead of waiting without end (0: no bound).
    /// </summary>
    public int MaxWaitingRuns { get; set; } = 1000;

    /// <summary>Whether this host runs the durable worker at all (false: an API-only host that schedules work for others).</summary>
    public bool RunWorkers { get; set; } = true;
}

/// <summary>
/// The self-host's Durable Task engine (DurableTask.Core on Azure Storage). The Functions app reads the same settings
/// from host.json instead.
/// </summary>
public sealed class DurableOptions
{
    /// <summary>The task hub (letters and digits). Empty: "webtasks", or the storage prefix followed by "hub" when there is one.</summary>
    public string TaskHub { get; set; } = "";

    /// <summary>Control-queue partitions: how many hosts can share orchestration work.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>Activities (browser runs among them) one host works on at once.</summary>
    public int MaxConcurrentActivities { get; set; } = 10;

    /// <summary>Longest wait between polls of an idle queue; a client in another process waits about this long per step.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a crashed host's message stays hidden before another host takes it (renewed while an activity runs, so
    /// runs may last longer).
    /// </summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a host's claim on a partition lasts unless renewed: a crashed host's orchestrations move after this.</summary>
    public TimeSpan LeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often runs whose orchestrations were terminated or purged are made to give up their keys and slots.</summary>
    public TimeSpan EndedRunSweep { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class SandboxOptions
{
    public long MemoryBytes { get; set; } = 256L * 1024 * 1024;
    public int MaxStatements { get; set; } = 50_000_000;
    public int MaxRecursion { get; set; } = 512;
    public TimeSpan MaxWaitForTimeout { get; set; } = TimeSpan.FromSeconds(60);
    public int MaxLogLines { get; set; } = 1000;
}

/// <summary>Delivery of results to sinks (webhook, S3, Blob): attempts with exponential backoff, each bounded by <see cref="Timeout"/>.</summary>
public sealed class SinkOptions
{
    public int MaxAttempts { get; set; } = 12;
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Blob account URLs a blob sink may write to with the service's own identity (accountUrl + container). Empty: only
    /// container URLs with a SAS. Never list the service's own storage account: any workspace could write into it.
    /// </summary>
    public List<string> ManagedIdentityAccounts { get; set; } = [];
}

/// <summary>The models behind the tiers. Nothing here is needed for model "none" (saved code and the planner).</summary>
public sealed class AiOptions
{
    /// <summary>AzureOpenAI, OpenAI (any OpenAI-compatible endpoint) or Anthropic; empty: no model.</summary>
    public string? Provider { get; set; }

    /// <summary>The provider's endpoint (required for AzureOpenAI; optional for OpenAI and Anthropic).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The provider's key. AzureOpenAI without a key signs in with Entra ID (managed identity).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Deployment or model name per tier: haiku, sonnet, opus.</summary>
    public Dictionary<string, string> Models { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>USD per million tokens per model name, for cost.aiUsd.</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? DefaultModel { get; set; }

    /// <summary>AI spend allowed per workspace per calendar month (UTC); past it, runs needing a model fail with no-ai-credits-left.</summary>
    public decimal MonthlyBudgetUsd { get; set; } = 50m;

    /// <summary>Model turns and tokens one exploration may take, per tier (a tier not listed gets the defaults of <see cref="AgentLimits"/>).</summary>
    public Dictionary<string, AgentLimits> Limits { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["haiku"] = new() { MaxSteps = 20, MaxTokens = 200_000 },
        ["sonnet"] = new() { MaxSteps = 30, MaxTokens = 400_000 },
        ["opus"] = new() { MaxSteps = 40, MaxTokens = 800_000 },
    };

    public AgentLimits LimitsFor(string tier) => Limits.TryGetValue(tier, out var limits) ? limits : new AgentLimits();

    /// <summary>How many times a finished script that fails its replay goes back to the model.</summary>
    public int MaxVerifyAttempts { get; set; } = 3;

    /// <summary>Rough size limit of one page snapshot given to the model, in tokens (4 characters each).</summary>
    public int SnapshotTokens { get; set; } = 6000;
}

public sealed class AgentLimits
{
    public int MaxSteps { get; set; } = 30;

    /// <summary>Input plus output tokens.</summary>
    public int MaxTokens { get; set; } = 400_000;
}

public sealed class ModelPrice
{
    public decimal Input { get; set; }
    public decimal Output { get; set; }
}

/// <summary>The built-in planner that writes extraction scripts without a model (<c>model: "none"</c>).</summary>
public sealed class PlannerOptions
{
    /// <summary>Most pages (or "load more" rounds) a planned script goes through.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Records per candidate structure the planner reads to judge it.</summary>
    public int SampleRecords { get; set; } = 30;

    /// <summary>Largest number of repeated structures looked at on one page.</summary>
    public int MaxCandidates { get; set; } = 150;

    /// <summary>How long to wait for a page to go quiet (scripts fetching their content) before looking at it.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>How long a planned script waits for more records after clicking "load more" or scrolling.</summary>
    public TimeSpan RevealWait { get; set; } = TimeSpan.FromSeconds(2);
}
