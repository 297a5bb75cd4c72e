using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WebTasks.Core;
using WebTasks.Core.Contracts;
using WebTasks.Storage;
using WebTasks.Storage.Tasks;
using WebTasks.Testing;

namespace WebTasks.Benchmarks;

/// <summary>
/// The dashboard's runs page: GET …/web-tasks on a workspace with 10,000 runs, first page (50, newest first), unfiltered
/// and with filters that the table service answers by scanning further (1 run in 10 failed; one key among 100).
/// </summary>
internal static class RunListBench
{
    private const int Runs = 10_000;
    private const int Samples = 20;
    private const int PerTransaction = 50; // two rows each: the task and its index row

    public static async Task PrintAsync()
    {
        await using var service = await WebTasksService.StartAsync(new Dictionary<string, string?> { ["WebTasks:Pipeline:RunWorkers"] = "false" });
        var table = service.Services.GetRequiredService<StorageAccount>().TaskTable;
        var clock = Stopwatch.StartNew();
        await FillAsync(table);
        Console.WriteLine($"Runs list (GET …/web-tasks, first page of 50) on a workspace with {Runs:N0} runs (written in {clock.Elapsed.TotalSeconds:0.0} s), median of {Samples}");

        using var api = service.Api();
        foreach (var (query, label) in new[]
                 {
                     ("", "no filter"),
                     ("?status=completed", "status=completed (every run)"),
                     ("?outcome=failed", "outcome=failed (1 run in 10)"),
                     ("?reuseKey=key-7", "reuseKey (1 key in 100)"),
                 })
        {
            var times = new List<double>();
            for (var i = 0; i < Samples + 3; i++)
            {
                var sample = Stopwatch.StartNew();
                var page = await api.GetJsonAsync("web-tasks" + query);
                var count = page["webTasks"]?.AsArray().Count;
                if (count != 50)
                {
                    throw new InvalidOperationException($"GET web-tasks{query} answered {count} runs: {page.ToJsonString()[..Math.Min(300, page.ToJsonString().Length)]}");
                }

                if (i >= 3)
                {
                    times.Add(sample.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"  {label,-32} p50 {times[times.Count / 2],7:0.0} ms   p90 {times[(int)(times.Count * 0.9)],7:0.0} ms" + (query.Length == 0 ? "   (goal < 500 ms)" : ""));
        }
    }

    /// <summary>10,000 completed runs over the last 10 days, written as TaskStore writes them (task row and index row together).</summary>
    private static async Task FillAsync(TableClient table)
    {
        var now = DateTimeOffset.UtcNow;
        var batches = Enumerable.Range(0, Runs).Select(i =>
        {
            var created = now.AddSeconds(-i * 86.4);
            var task = new WebTaskEntity
            {
                PartitionKey = WebTasksService.Workspace,
                RowKey = Ids.NewWebTaskId(),
                Status = WebTaskStatus.Completed,
                Outcome = i % 10 == 3 ? WebTaskOutcome.Failed : WebTaskOutcome.Success,
                ErrorCode = i % 10 == 3 ? FailureCodes.Timeout : null,
                ReuseKey = $"key-{i % 100}",
                Model = Models.None,
                CreatedAt = created,
                StartedAt = created.AddMilliseconds(40),
                CompletedAt = created.AddMilliseconds(900),
                ComputeHours = 0.0003,
            };
            return new[] { new TableTransactionAction(TableTransactionActionType.Add, task), new TableTransactionAction(TableTransactionActionType.Add, RunIndexEntity.From(task)) };
        }).Chunk(PerTransaction).Select(chunk => chunk.SelectMany(actions => actions).ToList()).ToList();

        await System.Threading.Tasks.Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) => await table.SubmitTransactionAsync(batch, ct));
    }
}
