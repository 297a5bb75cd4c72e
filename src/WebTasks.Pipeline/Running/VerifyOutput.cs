using System.Text.Json.Nodes;
using WebTasks.Core.Schema;

namespace WebTasks.Pipeline.Running;

public sealed record VerifyInput(JsonNode? Output, JsonObject? OutputSchema);

public sealed record VerifyResult(bool Valid, IReadOnlyList<string> Errors);

/// <summary>Stage 5: the output must match the task's schema (or the one saved with the script).</summary>
public sealed class VerifyOutput
{
    public VerifyResult Run(VerifyInput input)
    {
        if (input.OutputSchema is null)
        {
            return new VerifyResult(true, []);
        }

        var errors = OutputSchema.Parse(input.OutputSchema).Validate(input.Output);
        return new VerifyResult(errors.Count == 0, errors);
    }
}
