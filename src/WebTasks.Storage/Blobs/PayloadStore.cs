using System.Text;
using Azure.Storage.Blobs;

namespace WebTasks.Storage.Blobs;

/// <summary>
/// Text too large for a table property (32K characters) goes to a blob; small text stays in the row,
/// saving a round trip on the hot path.
/// </summary>
public sealed class PayloadStore(StorageAccount account)
{
    public const int MaxInlineChars = 30_000;

    /// <summary>The text to keep in the row, or null after writing it to the blob <paramref name="name"/>.</summary>
    public async Task<string?> StoreAsync(string name, string text, CancellationToken cancellationToken)
    {
        if (text.Length <= MaxInlineChars)
        {
            return text;
        }

        await account.Payloads.GetBlobClient(name).UploadAsync(BinaryData.FromString(text), overwrite: true, cancellationToken);
        return null;
    }

    public async Task<string> LoadAsync(string name, string? inline, CancellationToken cancellationToken)
    {
        if (inline is not null)
        {
            return inline;
        }

        var content = await account.Payloads.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        return Encoding.UTF8.GetString(content.Value.Content);
    }

    public BlobClient Blob(string name) => account.Payloads.GetBlobClient(name);
}
