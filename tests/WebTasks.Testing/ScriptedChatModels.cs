using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.AI;
using WebTasks.Agent.Chat;

namespace WebTasks.Testing;

/// <summary>
/// A model that answers from a script: each call takes the next turn, which sees the conversation so far (so it
/// can check what a tool returned) and answers with text or tool calls. Every call is recorded.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly ConcurrentQueue<Func<IReadOnlyList<ChatMessage>, ChatResponse>> _turns = new();

    public ConcurrentQueue<IReadOnlyList<ChatMessage>> Calls { get; } = new();

    /// <summary>Tokens reported per call, so costs can be checked.</summary>
    public UsageDetails Usage { get; set; } = new() { InputTokenCount = 1000, OutputTokenCount = 200 };

    public ScriptedChatClient Then(Func<IReadOnlyList<ChatMessage>, ChatResponse> turn)
    {
        _turns.Enqueue(turn);
        return this;
    }

    public ScriptedChatClient ThenText(string text) => Then(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));

    /// <summary>The next call must be the task's screening (not a cached verdict skipping it); it answers <paramref name="verdict"/>.</summary>
    public ScriptedChatClient ThenScreening(string verdict) => Then(seen =>
        seen is [{ Role.Value: "system" } system, ..] && system.Text.StartsWith("You screen tasks", StringComparison.Ordinal)
            ? new ChatResponse(new ChatMessage(ChatRole.Assistant, verdict))
            : throw new InvalidOperationException("Expected the task's screening, got another call: " + seen[0].Text[..Math.Min(80, seen[0].Text.Length)]));

    public ScriptedChatClient ThenCall(string tool, object? arguments = null) => Then(_ => Call(tool, arguments));

    public static ChatResponse Call(string tool, object? arguments = null)
    {
        var args = arguments is null
            ? new Dictionary<string, object?>()
            : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!;
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_" + Guid.NewGuid().ToString("N")[..8], tool, args)]));
    }

    /// <summary>What the last tool returned, as the model sees it.</summary>
    public static string LastToolResult(IReadOnlyList<ChatMessage> messages) =>
        messages.Last(m => m.Role == ChatRole.Tool).Contents.OfType<FunctionResultContent>().Last().Result?.ToString() ?? "";

    public int Remaining => _turns.Count;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var seen = messages.ToList();
        Calls.Enqueue(seen);
        if (!_turns.TryDequeue(out var turn))
        {
            throw new InvalidOperationException($"The scripted model was called more times than scripted ({Calls.Count}).");
        }

        var response = turn(seen);
        response.Usage ??= Usage;
        return Task.FromResult(response);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("WebTasks does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

/// <summary>Every tier answered by the same scripted model.</summary>
public sealed class ScriptedChatModels(ScriptedChatClient client) : IChatModels
{
    public ChatModel? For(string tier) => new(client, "scripted-" + tier);
}
