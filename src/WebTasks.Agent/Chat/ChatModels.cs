using System.ClientModel;
using System.Collections.Concurrent;
using Anthropic;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using WebTasks.Core.Options;

namespace WebTasks.Agent.Chat;

/// <summary>A tier's chat client and the model (or deployment) name behind it.</summary>
public sealed record ChatModel(IChatClient Client, string Name);

/// <summary>The chat model of a tier (haiku, sonnet, opus), or null when no provider, or no model for that tier, is configured.</summary>
public interface IChatModels
{
    ChatModel? For(string tier);
}

/// <summary>
/// Builds the tiers' clients from <c>WebTasks:Ai</c>: Azure OpenAI (key, or Entra ID when none), any
/// OpenAI-compatible endpoint, or Anthropic, all as Microsoft.Extensions.AI <see cref="IChatClient"/>s.
/// </summary>
public sealed class ConfiguredChatModels(IOptions<WebTasksOptions> options) : IChatModels, IDisposable
{
    private readonly ConcurrentDictionary<string, ChatModel?> _models = new(StringComparer.OrdinalIgnoreCase);

    public ChatModel? For(string tier) => _models.GetOrAdd(tier, Create);

    private ChatModel? Create(string tier)
    {
        var ai = options.Value.Ai;
        if (string.IsNullOrWhiteSpace(ai.Provider))
        {
            return null;
        }

        if (!ai.Models.TryGetValue(tier, out var name) || string.IsNullOrWhiteSpace(name))
        {
            return null; // the tier is not offered: runs asking for it fail with no-ai-credits-left, saying so
        }

        IChatClient client = ai.Provider.ToUpperInvariant() switch
        {
            "AZUREOPENAI" => AzureOpenAi(ai).GetChatClient(name).AsIChatClient(),
            "OPENAI" => new OpenAIClient(
                new ApiKeyCredential(string.IsNullOrEmpty(ai.ApiKey) ? "none" : ai.ApiKey),
                new OpenAIClientOptions { Endpoint = string.IsNullOrEmpty(ai.Endpoint) ? null : new Uri(ai.Endpoint) }).GetChatClient(name).AsIChatClient(),
            "ANTHROPIC" => Anthropic(ai).AsIChatClient(name),
            _ => throw new InvalidOperationException($"WebTasks:Ai:Provider '{ai.Provider}' is not one of AzureOpenAI, OpenAI or Anthropic."),
        };
        return new ChatModel(client, name);
    }

    private static AzureOpenAIClient AzureOpenAi(AiOptions ai)
    {
        if (!Uri.TryCreate(ai.Endpoint, UriKind.Absolute, out var endpoint))
        {
            throw new InvalidOperationException("WebTasks:Ai:Endpoint must be the Azure OpenAI resource's URL (https://<name>.openai.azure.com/).");
        }

        return string.IsNullOrEmpty(ai.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential())
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(ai.ApiKey));
    }

    private static AnthropicClient Anthropic(AiOptions ai) => string.IsNullOrEmpty(ai.Endpoint)
        ? new AnthropicClient { ApiKey = ai.ApiKey ?? "" }
        : new AnthropicClient { ApiKey = ai.ApiKey ?? "", BaseUrl = ai.Endpoint };

    public void Dispose()
    {
        foreach (var model in _models.Values)
        {
            model?.Client.Dispose();
        }
    }
}
