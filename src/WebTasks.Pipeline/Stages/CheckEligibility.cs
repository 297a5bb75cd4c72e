using WebTasks.Core.Contracts;
using WebTasks.Core.Network;

namespace WebTasks.Pipeline.Stages;

public sealed record EligibilityInput(string Task, string? StartUrl);

public sealed record EligibilityVerdict(bool Allowed, string? Reason);

/// <summary>Stage 1: the rules a task must pass before anything runs (its start address may not be a blocked one).</summary>
public sealed class CheckEligibility(AddressGuard guard)
{
    public async Task<EligibilityVerdict> RunAsync(EligibilityInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Task))
        {
            return new EligibilityVerdict(false, "The task is empty.");
        }

        if (input.StartUrl is not null)
        {
            if (!RequestParser.IsHttpUrl(input.StartUrl))
            {
                return new EligibilityVerdict(false, $"The start URL '{input.StartUrl}' is not an http or https URL.");
            }

            var blocked = await guard.CheckAsync(new Uri(input.StartUrl), cancellationToken);
            if (blocked is not null)
            {
                return new EligibilityVerdict(false, $"The start URL is not allowed: {blocked}.");
            }
        }

        return new EligibilityVerdict(true, null);
    }
}
