using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using WebTasks.Storage.Ai;
using WebTasks.Core.Options;

namespace WebTasks.Agent.Chat;

/// <summary>Model calls, tokens and their cost (tokens × WebTasks:Ai:Prices) for one run.</summary>
public sealed class UsageMeter(AiOptions options)
{
    private readonly object _gate = new();

    public int Calls { get; private set; }

    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    public decimal Usd { get; private set; }

    /// <summary>Adds one call's usage; returns its cost.</summary>
    public decimal Add(string model, UsageDetails? usage)
    {
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var price = options.Prices.TryGetValue(model, out var p) ? p : null;
        var cost = price is null ? 0m : ((input * price.Input) + (output * price.Output)) / 1_000_000m;
        lock (_gate)
        {
            Calls++;
            InputTokens += input;
            OutputTokens += output;
            Usd += cost;
        }

        return cost;
    }

    public long Tokens => InputTokens + OutputTokens;
}

/// <summary>The workspace's AI budget: whether there is room for another call, and what was spent.</summary>
public interface IAiBudget
{
    Task<bool> HasRoomAsync(string workspaceId, CancellationToken cancellationToken);

    Task RecordAsync(string workspaceId, decimal usd, CancellationToken cancellationToken);
}

/// <summary><see cref="IAiBudget"/> kept in the AI ledger table: WebTasks:Ai:MonthlyBudgetUsd per workspace per UTC month.</summary>
public sealed class WorkspaceAiBudget(AiLedger ledger, IOptions<WebTasksOptions> options) : IAiBudget
{
    public async Task<bool> HasRoomAsync(string workspaceId, CancellationToken cancellationToken) =>
        await ledger.SpentThisMonthAsync(workspaceId, cancellationToken) < options.Value.Ai.MonthlyBudgetUsd;

    public Task RecordAsync(string workspaceId, decimal usd, CancellationToken cancellationToken) => ledger.AddSpendAsync(workspaceId, usd, cancellationToken);
}

/// <summary>The workspace's monthly AI budget is spent.</summary>
public sealed class BudgetExhaustedException(string workspaceId, decimal budget)
    : Exception($"The AI budget of workspace '{workspaceId}' (${budget} this month, WebTasks:Ai:MonthlyBudgetUsd) is spent.");
