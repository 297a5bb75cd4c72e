using System.Text;
using WebTasks.Storage.Blobs;

namespace WebTasks.Storage.Tests.Blobs;

public sealed class FileStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task A_link_reads_the_file_and_is_read_only()
    {
        var files = new FileStore(storage.Account);
        var blob = files.Result("ws", "wt_link");
        await files.UploadAsync(blob, new MemoryStream(Encoding.UTF8.GetBytes("""{"ok":true}""")), "application/json", "wt_link.json", CancellationToken.None);

        var url = await files.ReadLinkAsync(blob, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);
        using var http = new HttpClient();
        (await http.GetStringAsync(url)).ShouldBe("""{"ok":true}""");

        using var write = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent("overwritten") };
        write.Headers.Add("x-ms-blob-type", "BlockBlob");
        ((int)(await http.SendAsync(write)).StatusCode).ShouldBe(403);
    }

    [Fact]
    public async Task A_link_never_outlives_seven_days_and_none_is_minted_after_expiry()
    {
        var files = new FileStore(storage.Account);
        var blob = files.Result("ws", "wt_expiry");
        await files.UploadAsync(blob, new MemoryStream([1, 2, 3]), "application/octet-stream", null, CancellationToken.None);

        var far = await files.ReadLinkAsync(blob, DateTimeOffset.UtcNow.AddDays(30), CancellationToken.None);
        var expiry = DateTimeOffset.Parse(System.Web.HttpUtility.ParseQueryString(far!.Query)["se"]!, System.Globalization.CultureInfo.InvariantCulture);
        expiry.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddDays(7).AddMinutes(1));

        (await files.ReadLinkAsync(blob, DateTimeOffset.UtcNow.AddMinutes(-1), CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [InlineData("q3 report.csv", "q3_report.csv")]
    [InlineData("..", "_.")]
    [InlineData(".env", "_env")]
    [InlineData("../../traces/x.zip", "_._.._traces_x.zip")]
    [InlineData("", "download")]
    public void A_download_is_stored_in_its_runs_own_folder_under_a_safe_name(string fileName, string stored)
    {
        var path = FileStore.AttachmentPath("ws", "wt_0123456789abcdef0123456789abcdef", fileName);

        path.ShouldStartWith("ws/wt_0123456789abcdef0123456789abcdef/");
        path.Split('/')[^1].ShouldBe(stored);
        FileStore.IsAttachmentOf(path, "ws", "wt_0123456789abcdef0123456789abcdef").ShouldBeTrue();
    }

    [Theory]
    [InlineData("ws/wt_1/0123456789abcdef0123456789abcdef/a.csv", true)]
    [InlineData("../traces/ws/wt_1.zip", false)]
    [InlineData("ws/wt_1/../../bundles/ws2/k/rev_1.js", false)]
    [InlineData("ws/wt_1/0123456789abcdef0123456789abcdef/..", false)]
    [InlineData("ws/wt_1/0123456789abcdef0123456789abcdef/%2e%2e", false)]
    [InlineData("ws/wt_1/0123456789abcdef0123456789abcdef/a/../../../../x", false)]
    [InlineData("ws2/wt_1/0123456789abcdef0123456789abcdef/a.csv", false)]
    [InlineData("ws/wt_2/0123456789abcdef0123456789abcdef/a.csv", false)]
    [InlineData("ws/wt_1/0123456789abcdef0123456789abcdef/a.csv?sig=x", false)]
    public void Only_a_file_of_the_run_itself_can_be_linked(string path, bool allowed) =>
        FileStore.IsAttachmentOf(path, "ws", "wt_1").ShouldBe(allowed);
}
