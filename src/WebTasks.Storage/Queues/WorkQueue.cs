using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using WebTasks.Core;

namespace WebTasks.Storage.Queues;

/// <summary>What a queue message names: the task to move forward (and, for webhooks, which attempt this is).</summary>
public sealed record TaskMessage(string WorkspaceId, string WebTaskId, int Attempt = 0);

/// <summary>A received message and its current pop receipt (which changes every time its visibility is updated).</summary>
public sealed class ReceivedTask(TaskMessage task, string messageId, string popReceipt, long dequeueCount)
{
    public TaskMessage Task { get; } = task;
    public string MessageId { get; } = messageId;
    public string PopReceipt { get; set; } = popReceipt;
    public long DequeueCount { get; } = dequeueCount;
}

/// <summary>A Storage queue of <see cref="TaskMessage"/>s: at-least-once, invisible while being worked on.</summary>
public sealed class TaskQueue(QueueClient queue)
{
    public async Task SendAsync(TaskMessage message, TimeSpan? delay, CancellationToken cancellationToken) =>
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, Json.Options), delay is { } d ? WholeSeconds(d) : null, cancellationToken: cancellationToken);

    /// <summary>
    /// The service counts visibility in whole seconds and the SDK truncates: a 500 ms delay would become 0 and the
    /// message would come straight back. A delay is never shortened, only rounded up.
    /// </summary>
    public static TimeSpan WholeSeconds(TimeSpan delay) => delay <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling(delay.TotalSeconds));

    public async Task<IReadOnlyList<ReceivedTask>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        QueueMessage[] messages = await queue.ReceiveMessagesAsync(max, WholeSeconds(visibility), cancellationToken);
        var received = new List<ReceivedTask>(messages.Length);
        foreach (var m in messages)
        {
            TaskMessage? task = null;
            try
            {
                task = JsonSerializer.Deserialize<TaskMessage>(m.Body.ToString(), Json.Options);
            }
            catch (JsonException)
            {
                // Not ours: a poison message is removed rather than retried forever.
            }

            if (task is null)
            {
                await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt, cancellationToken);
                continue;
            }

            received.Add(new ReceivedTask(task, m.MessageId, m.PopReceipt, m.DequeueCount));
        }

        return received;
    }

    /// <summary>Keeps a message hidden for <paramref name="visibility"/> more (a heartbeat, or a delayed retry).</summary>
    public async Task ExtendAsync(ReceivedTask message, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var receipt = await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: WholeSeconds(visibility), cancellationToken: cancellationToken);
        message.PopReceipt = receipt.Value.PopReceipt;
    }

    public async Task DeleteAsync(ReceivedTask message, CancellationToken cancellationToken) =>
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
}
