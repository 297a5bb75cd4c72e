using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WebTasks.Core.Contracts;

namespace WebTasks.Api.Http;

public static class BodyReader
{
    /// <summary>Reads the body up to <paramref name="limit"/> bytes; a larger one is a 400, not a 413 or a 500.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new BadRequestException($"The request body is larger than {limit} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new BadRequestException($"The request body is larger than {limit} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new BadRequestException("The request body is empty; send a JSON object with at least a 'task' field.");
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a body that must be one JSON object; anything else is a 400 that says so.</summary>
    public static async Task<JsonObject> ReadJsonObjectAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(request, limit, cancellationToken);
        try
        {
            return JsonNode.Parse(bytes) as JsonObject ?? throw new BadRequestException("The request body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new BadRequestException("The request body is not valid JSON: " + ex.Message);
        }
    }
}
