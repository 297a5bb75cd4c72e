using Azure.Data.Tables;
using WebTasks.Storage.Reuse;

namespace WebTasks.Storage.Tests.Reuse;

public sealed class ReuseKeyStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private readonly ReuseKeyStore _keys = new(storage.Account);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Saving_the_same_revision_again_changes_nothing()
    {
        var first = await _keys.SaveRevisionAsync("ws", "idem", "rev_a", "async function main() { return 1 }", null, "planner", "wt_1", None);
        var again = await _keys.SaveRevisionAsync("ws", "idem", "rev_a", "async function main() { return 2 }", null, "planner", "wt_1", None);

        again.Code.ShouldBe(first.Code);
        again.CreatedAt.ShouldBe(first.CreatedAt);
        (await _keys.ListRevisionsAsync("ws", "idem", None)).Count.ShouldBe(1);
        (await _keys.GetKeyAsync("ws", "idem", None))!.RevisionCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_save_that_stopped_between_its_row_and_the_pointer_is_completed_when_it_runs_again()
    {
        await _keys.SaveRevisionAsync("ws", "crash", "rev_1", "async function main() { return 1 }", null, "planner", "wt_1", None);
        await StoppedAfterTheRowAsync("crash", "rev_2", previous: "rev_1", "async function main() { return 2 }");
        (await _keys.GetKeyAsync("ws", "crash", None))!.RevisionId.ShouldBe("rev_1", "the crash left the pointer where it was");

        var retried = await _keys.SaveRevisionAsync("ws", "crash", "rev_2", "async function main() { return 2 }", null, "planner", "wt_2", None);

        retried.RevisionId.ShouldBe("rev_2");
        var pointer = (await _keys.GetKeyAsync("ws", "crash", None))!;
        pointer.RevisionId.ShouldBe("rev_2");
        pointer.RevisionCount.ShouldBe(2);
        (await _keys.GetCurrentAsync("ws", "crash", None))!.Code.ShouldContain("return 2");
        (await _keys.ListRevisionsAsync("ws", "crash", None)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_save_retried_after_the_key_moved_on_leaves_the_key_alone()
    {
        await _keys.SaveRevisionAsync("ws", "moved", "rev_1", "async function main() { return 1 }", null, "planner", "wt_1", None);
        await StoppedAfterTheRowAsync("moved", "rev_2", previous: "rev_1", "async function main() { return 2 }");
        await _keys.SaveRevisionAsync("ws", "moved", "rev_3", "async function main() { return 3 }", null, "user", null, None);

        await _keys.SaveRevisionAsync("ws", "moved", "rev_2", "async function main() { return 2 }", null, "planner", "wt_2", None);

        (await _keys.GetKeyAsync("ws", "moved", None))!.RevisionId.ShouldBe("rev_3");
    }

    /// <summary>What a save leaves when its process dies after writing the revision but before moving the key's pointer.</summary>
    private async Task StoppedAfterTheRowAsync(string key, string revisionId, string previous, string code)
    {
        var blob = $"ws/{key}/{revisionId}.js";
        await storage.Account.Bundles.GetBlobClient(blob).UploadAsync(BinaryData.FromString(code), None);
        await storage.Account.RevisionTable.AddEntityAsync(
            new RevisionEntity { PartitionKey = $"ws|{key}", RowKey = revisionId, CreatedAt = DateTimeOffset.UtcNow, Author = "planner", PreviousRevisionId = previous, CodeBlob = blob },
            None);
    }

    [Fact]
    public async Task Each_revision_remembers_the_one_it_replaced()
    {
        await _keys.SaveRevisionAsync("ws", "chain", "rev_1", "async function main() { return 1 }", null, "user", null, None);
        var second = await _keys.SaveRevisionAsync("ws", "chain", "rev_2", "async function main() { return 2 }", """{"type":"number"}""", "ai", "wt_9", None);

        second.PreviousRevisionId.ShouldBe("rev_1");
        second.OutputSchema.ShouldBe("""{"type":"number"}""");
        var current = await _keys.GetCurrentAsync("ws", "chain", None);
        current!.RevisionId.ShouldBe("rev_2");
        current.Author.ShouldBe("ai");
        current.SourceWebTaskId.ShouldBe("wt_9");
        (await _keys.GetRevisionAsync("ws", "chain", "rev_1", None))!.Code.ShouldContain("return 1");
    }

    [Fact]
    public async Task Rollback_points_a_new_revision_at_the_old_code()
    {
        await _keys.SaveRevisionAsync("ws", "rb", "rev_1", "async function main() { return 'one' }", null, "user", null, None);
        await _keys.SaveRevisionAsync("ws", "rb", "rev_2", "async function main() { return 'two' }", null, "user", null, None);

        var restored = await _keys.RollbackAsync("ws", "rb", "rev_1", "rev_3", None);

        restored!.RevisionId.ShouldBe("rev_3");
        restored.RestoredFrom.ShouldBe("rev_1");
        restored.Code.ShouldContain("'one'");
        (await _keys.GetCurrentAsync("ws", "rb", None))!.RevisionId.ShouldBe("rev_3");
        (await _keys.RollbackAsync("ws", "rb", "rev_missing", "rev_4", None)).ShouldBeNull();
    }

    [Fact]
    public async Task Keys_are_kept_per_workspace()
    {
        await _keys.SaveRevisionAsync("ws-a", "shared-name", "rev_a", "async function main() {}", null, "user", null, None);

        (await _keys.GetKeyAsync("ws-b", "shared-name", None)).ShouldBeNull();
        (await _keys.ListKeysAsync("ws-b", None)).ShouldBeEmpty();
        (await _keys.ListKeysAsync("ws-a", None)).Select(k => k.RowKey).ShouldContain("shared-name");
    }

    [Fact]
    public async Task A_writer_whose_clock_is_behind_the_current_revision_still_lists_its_revision_first()
    {
        // The current revision was stamped by a host whose clock runs an hour ahead (or by a writer that read the
        // pointer just before this one and stamped later): the next revision must still be the newest listed.
        await _keys.SaveRevisionAsync("ws", "skew", "rev_1", "async function main() { return 1 }", null, "user", null, None);
        var ahead = DateTimeOffset.UtcNow.AddHours(1);
        var row = (await storage.Account.RevisionTable.GetEntityAsync<RevisionEntity>("ws|skew", "rev_1", cancellationToken: None)).Value;
        row.CreatedAt = ahead;
        await storage.Account.RevisionTable.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, None);
        var pointer = (await _keys.GetKeyAsync("ws", "skew", None))!;
        pointer.RevisionTimestamp = ahead;
        await storage.Account.KeyTable.UpdateEntityAsync(pointer, pointer.ETag, TableUpdateMode.Replace, None);

        var second = await _keys.SaveRevisionAsync("ws", "skew", "rev_2", "async function main() { return 2 }", null, "user", null, None);

        second.CreatedAt.ShouldBeGreaterThan(ahead);
        (await _keys.ListRevisionsAsync("ws", "skew", None))[0].RowKey.ShouldBe("rev_2");
        (await _keys.GetKeyAsync("ws", "skew", None))!.RevisionId.ShouldBe("rev_2");
    }

    [Fact]
    public async Task Racing_writers_all_land_and_the_pointer_is_the_newest()
    {
        var saves = Enumerable.Range(0, 10).Select(i =>
            _keys.SaveRevisionAsync("ws", "race", $"rev_{i:D2}", $"async function main() {{ return {i} }}", null, "user", null, None));
        await Task.WhenAll(saves);

        var revisions = await _keys.ListRevisionsAsync("ws", "race", None);
        revisions.Count.ShouldBe(10);
        var pointer = await _keys.GetKeyAsync("ws", "race", None);
        pointer!.RevisionId.ShouldBe(revisions[0].RowKey);
        pointer.RevisionCount.ShouldBe(10);
        revisions.Select(r => r.PreviousRevisionId).Count(p => p is null).ShouldBe(1, "exactly one revision started the key");
    }
}
