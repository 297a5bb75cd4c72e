using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace WebTasks.Pipeline.Auth;

/// <summary>
/// The Data Protection key ring in blob storage, one blob per key, so every host of the service (and the next one after
/// a restart) decrypts what another encrypted. Data Protection caches the ring and asks again only when it rotates keys.
/// </summary>
public sealed class BlobKeyRepository(BlobContainerClient container) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        container.CreateIfNotExists();
        return [.. container.GetBlobs().Select(item => XElement.Parse(container.GetBlobClient(item.Name).DownloadContent().Value.Content.ToString()))];
    }

    public void StoreElement(XElement element, string friendlyName) =>
        container.GetBlobClient(friendlyName + ".xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: true);
}
