namespace WebTasks.Core.Contracts;

/// <summary>The model tiers a task may ask for; <c>none</c> never calls a model.</summary>
public static class Models
{
    public const string Haiku = "haiku";
    public const string Sonnet = "sonnet";
    public const string Opus = "opus";
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Haiku, Sonnet, Opus, None];
}
