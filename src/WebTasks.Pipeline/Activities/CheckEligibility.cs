using Microsoft.DurableTask;
using WebTasks.Core.Contracts;
using WebTasks.Core.Network;
using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Pipeline.Activities;

/// <summary>The rules a task must pass before anything runs: a task to do, and a start address and proxy that are not blocked ones.</summary>
public sealed class CheckEligibility(TaskRequests requests, AddressGuard guard) : TaskActivity<WebTaskInput, EligibilityVerdict>
{
    public override async Task<EligibilityVerdict> RunAsync(TaskActivityContext context, WebTaskInput input)
    {
        var (_, request) = await requests.LoadAsync(input.WorkspaceId, input.WebTaskId, CancellationToken.None);
        if (string.IsNullOrWhiteSpace(request.Task))
        {
            return new EligibilityVerdict(false, "The task is empty.");
        }

        if (request.StartUrl is not null)
        {
            if (!RequestParser.IsHttpUrl(request.StartUrl))
            {
                return new EligibilityVerdict(false, $"The start URL '{request.StartUrl}' is not an http or https URL.");
            }

            var blocked = await guard.CheckAsync(new Uri(request.StartUrl), CancellationToken.None);
            if (blocked is not null)
            {
                return new EligibilityVerdict(false, $"The start URL is not allowed: {blocked}.");
            }
        }

        // The run's own proxy is reached through the egress guard too; refused here, it fails with the reason at once.
        if (request.Proxy is not null && (await guard.ResolveAsync(new Uri(request.Proxy).IdnHost, CancellationToken.None)).Refusal is { } proxy)
        {
            return new EligibilityVerdict(false, $"The proxy is not allowed: {proxy}.");
        }

        return new EligibilityVerdict(true, null);
    }
}
