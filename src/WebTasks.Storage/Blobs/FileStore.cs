using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace WebTasks.Storage.Blobs;

/// <summary>
/// Result files, attachments and traces, and read-only links to them. A link is minted again on every read and is
/// never valid past the limit the caller gives (7 days after completion). With an identity (shared keys off) links
/// are user-delegation SAS, whose key itself lives at most 7 days.
/// </summary>
public sealed partial class FileStore(StorageAccount account)
{
    public static readonly TimeSpan MaxLinkLifetime = TimeSpan.FromDays(7);

    public BlobClient Result(string workspaceId, string webTaskId) => account.Results.GetBlobClient($"{workspaceId}/{webTaskId}.json");

    public BlobClient Attachment(string path) => account.Attachments.GetBlobClient(path);

    /// <summary>Where a file one run downloaded is stored: in that run's own folder, under a name safe in a blob path.</summary>
    public static string AttachmentPath(string workspaceId, string webTaskId, string fileName)
    {
        var safeName = string.Concat(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        if (safeName.Length == 0 || safeName.Length > 200)
        {
            safeName = "download";
        }

        // No name of dots alone or hidden-file names: a path segment of ".." would climb out of the folder.
        return $"{workspaceId}/{webTaskId}/{Guid.NewGuid():N}/{(safeName[0] == '.' ? "_" + safeName[1..] : safeName)}";
    }

    /// <summary>
    /// Whether <paramref name="path"/> has the shape of a file that run stored. Links are signed only for such paths:
    /// a result's attachment objects come back from scripts, and a script may write any path into one.
    /// </summary>
    public static bool IsAttachmentOf(string path, string workspaceId, string webTaskId) =>
        path.StartsWith($"{workspaceId}/{webTaskId}/", StringComparison.Ordinal) && AttachmentName().IsMatch(path[(workspaceId.Length + webTaskId.Length + 2)..]);

    public BlobClient Trace(string workspaceId, string webTaskId) => account.Traces.GetBlobClient($"{workspaceId}/{webTaskId}.zip");

    public async Task UploadAsync(BlobClient blob, Stream content, string contentType, string? fileName, CancellationToken cancellationToken)
    {
        var headers = new BlobHttpHeaders { ContentType = contentType };
        if (fileName is not null)
        {
            headers.ContentDisposition = $"attachment; filename=\"{fileName.Replace("\"", "", StringComparison.Ordinal)}\"";
        }

        await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = headers }, cancellationToken);
    }

    [GeneratedRegex("^[0-9a-f]{32}/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex AttachmentName();

    /// <summary>A read-only link valid until <paramref name="expiresAt"/> (capped at 7 days from now); null once that is past.</summary>
    public async Task<Uri?> ReadLinkAsync(BlobClient blob, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (expiresAt > now + MaxLinkLifetime)
        {
            expiresAt = now + MaxLinkLifetime;
        }

        if (expiresAt <= now)
        {
            return null;
        }

        if (LinkKindFor(account, blob) == LinkKind.AccountKey)
        {
            return blob.GenerateSasUri(BlobSasPermissions.Read, expiresAt);
        }

        var start = now.AddMinutes(-5);
        UserDelegationKey key = await account.Blobs.GetUserDelegationKeyAsync(start, expiresAt, cancellationToken);
        return UserDelegationLink(blob, key, account.Blobs.AccountName, start, expiresAt);
    }

    /// <summary>Account-key SAS when the account is reached with its key; user-delegation SAS when with an identity (shared keys may be off).</summary>
    public static LinkKind LinkKindFor(StorageAccount account, BlobClient blob) =>
        !account.UsesIdentity && blob.CanGenerateSasUri ? LinkKind.AccountKey : LinkKind.UserDelegation;

    /// <summary>A read-only link to one blob signed with a user-delegation key (valid at most as long as the key).</summary>
    public static Uri UserDelegationLink(BlobClient blob, UserDelegationKey key, string accountName, DateTimeOffset start, DateTimeOffset expiresAt)
    {
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresAt)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = start,
        };
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, accountName) }.ToUri();
    }
}

public enum LinkKind
{
    AccountKey,
    UserDelegation,
}
