using System.Text.Json.Nodes;

namespace WebTasks.Pipeline.Results;

/// <summary>
/// A successful result as kept on the task: the data itself when small, else where the file is and its preview.
/// Attachments inside inline data keep their blob <c>path</c>; it becomes a fresh <c>url</c> at every read.
/// </summary>
public sealed record StoredResult(JsonNode? Data, StoredFile? File);

public sealed record StoredFile(long SizeBytes, int? RowCount, JsonNode? Sample);
