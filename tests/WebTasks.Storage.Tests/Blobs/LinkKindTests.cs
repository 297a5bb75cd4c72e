using System.Web;
using Azure.Storage.Blobs.Models;
using WebTasks.Storage.Blobs;

namespace WebTasks.Storage.Tests.Blobs;

/// <summary>Which SAS a result link is: account-key with a connection string, user-delegation with an identity.</summary>
public sealed class LinkKindTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static StorageAccount IdentityAccount(string? connectionString = null) => new(new StorageOptions
    {
        ConnectionString = connectionString,
        BlobServiceUri = new Uri("https://webtasksdata.blob.core.windows.net/"),
        QueueServiceUri = new Uri("https://webtasksdata.queue.core.windows.net/"),
        TableServiceUri = new Uri("https://webtasksdata.table.core.windows.net/"),
        ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001",
    });

    [Fact]
    public void A_connection_string_account_signs_with_its_key()
    {
        var blob = new FileStore(storage.Account).Result("ws", "wt_kind");

        storage.Account.UsesIdentity.ShouldBeFalse();
        FileStore.LinkKindFor(storage.Account, blob).ShouldBe(LinkKind.AccountKey);
    }

    [Fact]
    public void An_identity_account_uses_user_delegation_since_it_has_no_key()
    {
        var account = IdentityAccount();
        var blob = new FileStore(account).Result("ws", "wt_kind");

        account.UsesIdentity.ShouldBeTrue();
        blob.CanGenerateSasUri.ShouldBeFalse();
        FileStore.LinkKindFor(account, blob).ShouldBe(LinkKind.UserDelegation);
    }

    [Fact]
    public void Service_uris_win_over_a_connection_string_left_in_some_settings_file() =>
        IdentityAccount("UseDevelopmentStorage=true").UsesIdentity.ShouldBeTrue();

    [Fact]
    public void A_user_delegation_link_is_read_only_for_one_blob_and_carries_the_keys_identity()
    {
        var blob = new FileStore(IdentityAccount()).Result("ws", "wt_kind");
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);
        var expires = DateTimeOffset.UtcNow.AddDays(7);
        var key = BlobsModelFactory.UserDelegationKey(
            "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", start, expires, "b", "2025-01-05", Convert.ToBase64String(new byte[32]));

        var link = FileStore.UserDelegationLink(blob, key, "webtasksdata", start, expires);

        link.GetLeftPart(UriPartial.Path).ShouldBe("https://webtasksdata.blob.core.windows.net/results/ws/wt_kind.json");
        var query = HttpUtility.ParseQueryString(link.Query);
        query["sp"].ShouldBe("r");
        query["sr"].ShouldBe("b");
        query["skoid"].ShouldBe("11111111-1111-1111-1111-111111111111");
        query["sktid"].ShouldBe("22222222-2222-2222-2222-222222222222");
        query["sig"].ShouldNotBeNullOrEmpty();
        DateTimeOffset.Parse(query["se"]!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(expires.AddSeconds(1));
    }
}
