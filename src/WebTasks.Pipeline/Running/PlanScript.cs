using System.Text.Json.Nodes;
using WebTasks.Planner;

namespace WebTasks.Pipeline.Running;

public sealed record PlanScriptInput(string Task, string? StartUrl, JsonObject? OutputSchema, string? Proxy, JsonObject? Parameters = null, string? StorageState = null);

/// <summary>
/// Stage 4 without a model (<c>model: "none"</c>): the built-in planner writes a script from the start page's
/// structure and the schema, or says why it will not. Saving nothing itself; the script is verified first.
/// </summary>
public sealed class PlanScript(ScriptPlanner planner)
{
    public Task<PlanResult> RunAsync(PlanScriptInput input, CancellationToken cancellationToken) =>
        planner.PlanAsync(new PlanRequest(input.Task, input.StartUrl, input.OutputSchema, input.Proxy, input.Parameters, input.StorageState), cancellationToken);
}
