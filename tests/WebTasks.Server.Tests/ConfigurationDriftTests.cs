using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using WebTasks.Core.Options;
using WebTasks.Sites;
using WebTasks.Storage;
using WebTasks.Testing;

namespace WebTasks.Server.Tests;

/// <summary>
/// Code and infrastructure cannot drift. The keys the service can read are its options (every property of
/// WebTasksOptions and StorageOptions) plus whatever it reads directly, which a recorder sees while the service runs
/// a task in Production. Each such key must be set by infra/, have a default in code, or be optional by design
/// (listed below with the reason).
/// </summary>
public sealed partial class ConfigurationDriftTests
{
    /// <summary>Keys whose absence is part of the design, not a gap in infra/.</summary>
    private static readonly Dictionary<string, string> OptionalByDesign = new()
    {
        ["ConnectionStrings:Storage"] = "the connection-string alternative (Azurite, local runs); infra/ sets the identity-based service URIs",
        ["WebTasks:Storage:ConnectionString"] = "the same alternative under WebTasks:Storage",
        ["WebTasks:Workspaces:*:WebhookSecret"] = "webhooks are signed with the workspace's API key when no secret of their own is set",
        ["WebTasks:Ai:ApiKey"] = "Azure OpenAI without a key signs in with the managed identity (infra/ turns local auth off)",
        ["WebTasks:Browser:ExecutablePath"] = "unset, the Debian Chromium installed is found (BrowserOptions.Executable); the images set it",
    };

    [Fact]
    public void Every_option_without_a_default_is_set_by_infra()
    {
        var infra = InfraSettings();
        var options = OptionKeys();
        options.ShouldContain(o => o.Key == "WebTasks:Pipeline:RunTimeout" && o.Value, "the options model was walked");

        var gaps = options.Where(o => !o.Value && !Covered(o.Key, infra)).Select(o => o.Key).Order().ToList();

        gaps.ShouldBeEmpty("options with no default that infra/ does not set: " + string.Join(", ", gaps));
    }

    /// <summary>The Functions app reads its task hub and its storage from app settings that host.json and the host name.</summary>
    [Fact]
    public void Every_app_setting_the_Functions_host_needs_is_set_by_infra()
    {
        var infra = InfraSettings();
        var named = AppSettingReference().Matches(File.ReadAllText(Path.Combine(Repository.Root, "host.json"))).Select(m => m.Groups[1].Value).ToList();

        named.ShouldContain("WEBTASKS_TASKHUB");
        foreach (var setting in named.Append("FUNCTIONS_WORKER_RUNTIME"))
        {
            infra.ShouldContain(setting);
        }

        // Durable Task's storage with the managed identity: the three service URIs, the credential and the identity.
        foreach (var part in new[] { "blobServiceUri", "queueServiceUri", "tableServiceUri", "credential", "clientId" })
        {
            infra.ShouldContain("AzureWebJobsStorage:" + part);
        }
    }

    [Fact]
    public async Task Every_key_the_service_reads_directly_in_Production_is_an_option_or_set_by_infra()
    {
        var reads = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        await using var sites = await SiteServer.StartAsync();
        void Production(IWebHostBuilder host) => host.UseEnvironment("Production").ConfigureAppConfiguration((_, configuration) => configuration.Add(new RecordingSource(reads)));
        await using (var service = await WebTasksService.StartAsync(host: Production))
        {
            // Exercise the host end to end: a start, a run through the pipeline, a result.
            using var api = service.Api();
            var result = await api.RunAsync(new JsonObject { ["task"] = "List the staff", ["startUrl"] = sites.Url("/directory/"), ["model"] = "none" });
            result["status"]!.GetValue<string>().ShouldBe("completed");
        }

        var infra = InfraSettings();
        var options = OptionKeys().Keys.ToList();
        var ours = reads.Keys.Where(k => k.StartsWith("WebTasks", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase)).ToList();
        ours.ShouldContain("ConnectionStrings:Storage", "the recorder saw the service's reads");

        var gaps = ours
            .Where(key => !options.Any(option => Matches(option, key) || IsBelow(key, option) || IsBelow(option, key)) && !Covered(key, infra))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

        gaps.ShouldBeEmpty("read in Production outside the options, and not set by infra/: " + string.Join(", ", gaps));
    }

    [Fact]
    public void The_check_catches_a_missing_setting()
    {
        var options = OptionKeys();
        options["WebTasks:Ai:Provider"].ShouldBeFalse("no default");
        options["WebTasks:Storage:ManagedIdentityClientId"].ShouldBeFalse("no default");
        options["WebTasks:Workspaces:*:ApiKey"].ShouldBeFalse("no default");
        options["WebTasks:Pipeline:RunTimeout"].ShouldBeTrue();
        Covered("WebTasks:Workspaces:*:ApiKey", ["WebTasks:Workspaces:*:ApiKey"]).ShouldBeTrue();
        Covered("WebTasks:Ai:Provider", ["WebTasks:Ai:Endpoint"]).ShouldBeFalse();
        Matches("WebTasks:Workspaces:*:ApiKey", "WebTasks:Workspaces:prod:ApiKey").ShouldBeTrue();
    }

    private static bool Covered(string key, IReadOnlyList<string> infra) =>
        infra.Any(set => Matches(set, key)) || OptionalByDesign.Keys.Any(optional => Matches(optional, key));

    /// <summary>Every option key (dictionary keys as *), and whether it has a value when configuration has none.</summary>
    private static Dictionary<string, bool> OptionKeys()
    {
        var keys = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        Walk("WebTasks", new WebTasksOptions(), keys);
        keys.Remove("WebTasks:Storage");
        Walk("WebTasks:Storage", new StorageOptions(), keys);
        return keys;
    }

    private static void Walk(string prefix, object instance, Dictionary<string, bool> keys)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var key = prefix + ":" + property.Name;
            var value = property.GetValue(instance);
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && type.GetGenericArguments()[1] is { IsClass: true } element && element != typeof(string))
            {
                Walk(key + ":*", Activator.CreateInstance(element)!, keys);
            }
            else if (type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && value is not null)
            {
                Walk(key, value, keys);
            }
            else
            {
                keys[key] = value is not null;
            }
        }
    }

    private static bool IsBelow(string key, string ancestor) => key.StartsWith(ancestor + ":", StringComparison.OrdinalIgnoreCase) || Matches(ancestor, string.Join(':', key.Split(':').Take(ancestor.Split(':').Length)));

    /// <summary>The app settings infra/ gives the container (env names, __ read as :, ${…} as any one segment).</summary>
    private static List<string> InfraSettings()
    {
        var infra = Path.Combine(Repository.Root, "infra");
        return Directory.EnumerateFiles(infra, "*.bicep", SearchOption.AllDirectories)
            .SelectMany(file => SettingName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Select(name => Placeholder().Replace(name, "*").Replace("__", ":", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Keys equal segment by segment, case-insensitive; * (on either side) matches any one segment.</summary>
    private static bool Matches(string pattern, string key)
    {
        var p = pattern.Split(':');
        var k = key.Split(':');
        return p.Length == k.Length && p.Zip(k).All(pair => pair.First == "*" || pair.Second == "*" || pair.First.Equals(pair.Second, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\{\s*name:\s*'([^']+)',\s*(?:value|secretRef):")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"\$\{[^}]+\}")]
    private static partial Regex Placeholder();

    /// <summary>Added last, so it is asked first for every key; it records the key and never answers.</summary>
    private sealed class RecordingSource(ConcurrentDictionary<string, bool> reads) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new RecordingProvider(reads);
    }

    private sealed class RecordingProvider(ConcurrentDictionary<string, bool> reads) : ConfigurationProvider
    {
        public override bool TryGet(string key, out string? value)
        {
            reads[key] = true;
            value = null;
            return false;
        }
    }

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex AppSettingReference();
}
