using System.Text.Json.Nodes;

namespace WebTasks.Browser.Sandbox;

public enum ScriptErrorKind
{
    /// <summary>The code does not parse, or defines no <c>main</c>.</summary>
    Syntax,

    /// <summary>The script threw (or a page call failed and the script did not catch it).</summary>
    Script,

    /// <summary>The run's deadline or the sandbox time limit passed.</summary>
    Timeout,

    /// <summary>A memory, statement or recursion limit stopped it.</summary>
    Limit,
}

public sealed record ScriptError(ScriptErrorKind Kind, string Message, int? Line)
{
    public override string ToString() => Line is { } line ? $"{Message} (line {line})" : Message;
}

/// <summary>What a script run produced: its return value as JSON, or an error; and what it logged either way.</summary>
public sealed record ScriptOutcome(JsonNode? Value, ScriptError? Error, IReadOnlyList<string> Logs)
{
    public bool Succeeded => Error is null;
}

/// <summary>A file a script downloaded, already stored; <see cref="Path"/> names the blob.</summary>
public sealed record StoredAttachment(string FileName, string ContentType, long SizeBytes, string Path);

/// <summary>What a script can reach besides its page: where its downloads go.</summary>
public interface IAttachmentSink
{
    Task<StoredAttachment> StoreAsync(string fileName, Stream content, CancellationToken cancellationToken);
}
