using Microsoft.DurableTask;
using WebTasks.Core.Contracts;
using WebTasks.Core.Network;
using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Pipeline.Activities;

/// <summary>The rules a task must pass before anything runs: a task to do, and a start address that is not a blocked one.</summary>
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

        return new EligibilityVerdict(true, null);
    }
}
