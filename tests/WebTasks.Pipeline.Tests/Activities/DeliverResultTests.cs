using System.Text.Json.Nodes;
using WebTasks.Core.Contracts;
using WebTasks.Pipeline.Results;
using WebTasks.Pipeline.Activities;
using WebTasks.Pipeline.Orchestration;
using WebTasks.Storage.Blobs;
using WebTasks.Storage.Tasks;
using WebTasks.Testing;

namespace WebTasks.Pipeline.Tests.Activities;

public sealed class DeliverResultTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<WebTaskEntity> NewTaskAsync(string id)
    {
        var task = new WebTaskEntity { PartitionKey = "ws", RowKey = id, Status = WebTaskStatus.Started, ReuseKey = "k", CreatedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow };
        await fixture.Tasks.CreateAsync(task, None);
        return task;
    }

    /// <summary>As a run ends: its data stored by the run (on success), then the record completed by DeliverResult.</summary>
    private async Task<bool> CompleteAsync(WebTaskEntity task, Completion completion, JsonNode? data = null)
    {
        if (completion.Success)
        {
            task.Result = await fixture.Results.StoreAsync(task, data, None);
            await fixture.Tasks.UpdateAsync(task, None);
        }

        var input = new WebTaskInput("ws", task.RowKey, task.ReuseKey, false, RunSettings.From(fixture.Options));
        return await new DeliverResult(fixture.Tasks, fixture.Signals).RunAsync(new TestActivityContext(nameof(DeliverResult), task.RowKey), new DeliverInput(input, new RunOutcome(completion, null, "trace.zip")));
    }

    private async Task<WebTaskResultResponse> ReadAsync(string id) => await fixture.Reader.BuildAsync((await fixture.Tasks.GetAsync("ws", id, None))!, None);

    [Fact]
    public async Task Small_results_are_inline()
    {
        var task = await NewTaskAsync("wt_00000000000000000000000000000001");
        await CompleteAsync(task, new Completion { Success = true, Used = true, RevisionId = "rev_x" }, new JsonObject { ["a"] = 1 });

        var read = await ReadAsync(task.RowKey);
        read.Status.ShouldBe("completed");
        read.Outcome.ShouldBe("success");
        read.Result!.Data!.ToJsonString().ShouldBe("""{"a":1}""");
        read.Result.File.ShouldBeNull();
        read.Reuse!.Used.ShouldBeTrue();
        read.Reuse.RevisionId.ShouldBe("rev_x");
        read.Cost!.Compute.Amount.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Results_over_the_inline_limit_become_a_file_with_a_preview_of_their_rows()
    {
        var task = await NewTaskAsync("wt_00000000000000000000000000000002");
        var rows = new JsonArray([.. Enumerable.Range(0, 100).Select(i => (JsonNode)new JsonObject { ["n"] = i, ["text"] = new string('x', 40) })]);
        await CompleteAsync(task, new Completion { Success = true }, new JsonObject { ["items"] = rows });

        var read = await ReadAsync(task.RowKey);
        read.Result!.Data.ShouldBeNull();
        var file = read.Result.File.ShouldNotBeNull();
        file.Preview.RowCount.ShouldBe(100);
        file.Preview.Sample!.AsArray().Count.ShouldBe(3);
        file.ExpiresAt.ShouldBe(read.Timings.CompletedAt!.Value.AddDays(7));
        using var http = new HttpClient();
        var downloaded = JsonNode.Parse(await http.GetStringAsync(file.Url))!;
        downloaded["items"]!.AsArray().Count.ShouldBe(100);
    }

    [Fact]
    public async Task Attachment_paths_become_fresh_links_at_every_read()
    {
        var task = await NewTaskAsync("wt_00000000000000000000000000000003");
        var path = FileStore.AttachmentPath("ws", task.RowKey, "report.csv");
        await fixture.Files.UploadAsync(fixture.Files.Attachment(path), new MemoryStream("a,b\n1,2\n"u8.ToArray()), "text/csv", "report.csv", None);
        var data = new JsonObject { ["report"] = new JsonObject { ["type"] = "attachment", ["fileName"] = "report.csv", ["path"] = path } };
        await CompleteAsync(task, new Completion { Success = true }, data);

        var read = await ReadAsync(task.RowKey);
        var report = read.Result!.Data!["report"]!;
        report["path"].ShouldBeNull();
        using var http = new HttpClient();
        (await http.GetStringAsync(report["url"]!.GetValue<string>())).ShouldBe("a,b\n1,2\n");
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_run_changes_nothing()
    {
        var task = await NewTaskAsync("wt_00000000000000000000000000000004");
        (await CompleteAsync(task, new Completion { Success = true }, JsonValue.Create(1))).ShouldBeTrue();

        (await CompleteAsync((await fixture.Tasks.GetAsync("ws", task.RowKey, None))!, Completion.Failed(FailureCodes.InternalError, "late"))).ShouldBeFalse();

        var read = await ReadAsync(task.RowKey);
        read.Outcome.ShouldBe("success");
        read.Result!.Data!.GetValue<int>().ShouldBe(1);
        (await fixture.Tasks.GetAsync("ws", task.RowKey, None))!.TraceBlob.ShouldBe("trace.zip");
    }

    [Fact]
    public async Task Only_the_runs_own_downloads_get_links_however_the_stored_result_names_them()
    {
        var own = FileStore.AttachmentPath("ws", "wt_00000000000000000000000000000a11", "own.csv");
        await fixture.Files.UploadAsync(fixture.Files.Attachment(own), new MemoryStream([1, 2]), "text/csv", "own.csv", None);
        var foreign = FileStore.AttachmentPath("other", "wt_00000000000000000000000000000b22", "theirs.csv");
        await fixture.Files.UploadAsync(fixture.Files.Attachment(foreign), new MemoryStream([3, 4]), "text/csv", "theirs.csv", None);
        var data = new JsonObject
        {
            ["own"] = Attachment(own),
            ["foreign"] = Attachment(foreign),
            ["climb"] = Attachment("ws/wt_00000000000000000000000000000a11/../../other/wt_00000000000000000000000000000b22/x.csv"),
        };

        var linked = (await fixture.Links.ResolveAsync(data, "ws", "wt_00000000000000000000000000000a11", DateTimeOffset.UtcNow.AddHours(1), None))!;

        using var http = new HttpClient();
        (await http.GetByteArrayAsync(linked["own"]!["url"]!.GetValue<string>())).ShouldBe([1, 2]);
        foreach (var name in new[] { "foreign", "climb" })
        {
            linked[name]!["url"].ShouldBeNull();
            linked[name]!["path"].ShouldBeNull();
        }
    }

    private static JsonObject Attachment(string path) => new() { ["type"] = "attachment", ["fileName"] = "f.csv", ["path"] = path };
}
