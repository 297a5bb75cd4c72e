using Microsoft.Extensions.AI;
using WebTasks.Agent.Chat;
using WebTasks.Core.Options;

namespace WebTasks.Agent.Tests.Chat;

public sealed class ChatModelsTests
{
    private static ChatModel? For(AiOptions ai, string tier = "haiku")
    {
        using var models = new ConfiguredChatModels(Microsoft.Extensions.Options.Options.Create(new WebTasksOptions { Ai = ai }));
        return models.For(tier);
    }

    [Fact]
    public void Without_a_provider_or_a_model_for_the_tier_there_is_no_model()
    {
        For(new AiOptions()).ShouldBeNull();
        For(new AiOptions { Provider = "OpenAI", Models = { ["haiku"] = "m" } }, "opus").ShouldBeNull();
    }

    [Theory]
    [InlineData("OpenAI", "http://127.0.0.1:9/v1", "openai", "http://127.0.0.1:9/v1")]
    [InlineData("AzureOpenAI", "https://example.openai.azure.com/", "openai", "https://example.openai.azure.com/")]
    [InlineData("Anthropic", "http://127.0.0.1:9", "anthropic", "http://127.0.0.1:9")]
    public void Each_provider_is_asked_for_the_tiers_model_at_the_configured_endpoint(string provider, string endpoint, string providerName, string providerUri)
    {
        var model = For(new AiOptions { Provider = provider, Endpoint = endpoint, ApiKey = "k", Models = { ["haiku"] = "small-model" } });

        model!.Name.ShouldBe("small-model");
        var metadata = model.Client.GetService<ChatClientMetadata>().ShouldNotBeNull();
        metadata.DefaultModelId.ShouldBe("small-model");
        metadata.ProviderName.ShouldNotBeNull().ShouldContain(providerName, Case.Insensitive);
        metadata.ProviderUri!.ToString().TrimEnd('/').ShouldStartWith(providerUri.TrimEnd('/'));
    }

    [Theory]
    [InlineData("Gemini", null, "haiku", "not one of AzureOpenAI, OpenAI or Anthropic")]
    [InlineData("AzureOpenAI", null, "haiku", "WebTasks:Ai:Endpoint must be the Azure OpenAI resource's URL")]
    public void Configuration_mistakes_are_explained(string provider, string? endpoint, string tier, string message)
    {
        Should.Throw<InvalidOperationException>(() => For(new AiOptions { Provider = provider, Endpoint = endpoint, Models = { ["haiku"] = "m" } }, tier))
            .Message.ShouldContain(message);
    }

    [Fact]
    public void Usage_is_costed_by_the_models_price_per_million_tokens()
    {
        var meter = new UsageMeter(new AiOptions { Prices = { ["m"] = new ModelPrice { Input = 3, Output = 15 } } });

        meter.Add("m", new UsageDetails { InputTokenCount = 10_000, OutputTokenCount = 2_000 }).ShouldBe(0.06m);
        meter.Add("unpriced", new UsageDetails { InputTokenCount = 5, OutputTokenCount = 5 }).ShouldBe(0m);

        meter.Calls.ShouldBe(2);
        meter.Tokens.ShouldBe(12_010);
        meter.Usd.ShouldBe(0.06m);
    }

    [Fact]
    public void Tiers_have_their_own_limits()
    {
        var ai = new AiOptions();

        ai.LimitsFor("haiku").MaxSteps.ShouldBeLessThan(ai.LimitsFor("opus").MaxSteps);
        ai.LimitsFor("custom").MaxSteps.ShouldBe(30);
    }
}
