using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage.Ai;

/// <summary>A workspace's AI spend in one month (RowKey "spend|yyyy-MM"), or a cached eligibility verdict (RowKey "verdict|sha256").</summary>
public sealed class AiLedgerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public double SpentUsd { get; set; }
    public bool Allowed { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// What the models cost each workspace this month, and the eligibility verdicts already given (per workspace and
/// task text), so a run on saved code asks no model anything. PartitionKey: the workspace.
/// </summary>
public sealed class AiLedger(StorageAccount account)
{
    private readonly TableClient _table = account.AiLedgerTable;

    public async Task<decimal> SpentThisMonthAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<AiLedgerEntity>(workspaceId, MonthKey(), cancellationToken: cancellationToken);
        return row.HasValue ? (decimal)row.Value!.SpentUsd : 0m;
    }

    /// <summary>Adds <paramref name="usd"/> to this month's spend (ETag-guarded, retried on a race).</summary>
    public async Task AddSpendAsync(string workspaceId, decimal usd, CancellationToken cancellationToken)
    {
        if (usd <= 0)
        {
            return;
        }

        for (var attempt = 0; ; attempt++)
        {
            var row = await _table.GetEntityIfExistsAsync<AiLedgerEntity>(workspaceId, MonthKey(), cancellationToken: cancellationToken);
            try
            {
                if (row.HasValue)
                {
                    row.Value!.SpentUsd += (double)usd;
                    await _table.UpdateEntityAsync(row.Value, row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _table.AddEntityAsync(new AiLedgerEntity { PartitionKey = workspaceId, RowKey = MonthKey(), SpentUsd = (double)usd }, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // Another run recorded spend at the same moment: read again and add on top.
            }
        }
    }

    public async Task<(bool Allowed, string? Reason)?> GetVerdictAsync(string workspaceId, string task, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<AiLedgerEntity>(workspaceId, VerdictKey(task), cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.Allowed, row.Value.Reason) : null;
    }

    public Task SaveVerdictAsync(string workspaceId, string task, bool allowed, string? reason, CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(new AiLedgerEntity { PartitionKey = workspaceId, RowKey = VerdictKey(task), Allowed = allowed, Reason = reason }, TableUpdateMode.Replace, cancellationToken);

    private static string MonthKey() => "spend|" + DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string VerdictKey(string task) => "verdict|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(task.Trim())));
}
