using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;
using WebTasks.Storage;

namespace WebTasks.Pipeline.Sinks;

/// <summary>
/// Uploads "{prefix}/{webTaskId}.json" (and a file result's content as "{webTaskId}.data.json") to an Azure Blob
/// container: by its URL with a SAS, or by account and container with the service's identity on accounts the operator
/// allowed. The SDK's requests go through the guarded sink client.
/// </summary>
public sealed class BlobWriter(SinkHttp http, StorageAccount storage, IOptions<WebTasksOptions> options) : ISinkWriter
{
    public string Type => SinkTypes.Blob;

    public async Task WriteAsync(ResultSink sink, SinkPayload payload, CancellationToken cancellationToken)
    {
        var blob = (BlobSink)sink;
        var container = Container(blob);
        try
        {
            await container.GetBlobClient(payload.ObjectName(blob.Prefix))
                .UploadAsync(BinaryData.FromString(payload.ResultJson), Json, cancellationToken);
            if (payload.DataFile is { } file)
            {
                await using var data = await file.OpenReadAsync(cancellationToken: cancellationToken);
                await container.GetBlobClient(payload.ObjectName(blob.Prefix, SinkPayload.DataSuffix)).UploadAsync(data, Json, cancellationToken);
            }
        }
        catch (RequestFailedException ex)
        {
            throw new SinkDeliveryException($"Blob storage answered HTTP {ex.Status} {ex.ErrorCode}", ex);
        }
        catch (AuthenticationFailedException ex)
        {
            throw new SinkDeliveryException("the service's identity could not sign in: " + ex.Message, ex);
        }
    }

    private static BlobUploadOptions Json => new() { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };

    private BlobContainerClient Container(BlobSink sink)
    {
        var clientOptions = new BlobClientOptions { Transport = http.AzureTransport(), Retry = { MaxRetries = 0 } };
        if (sink.ContainerUrl is { } containerUrl)
        {
            return new BlobContainerClient(new Uri(containerUrl), clientOptions);
        }

        var account = new Uri(sink.AccountUrl!);
        if (!options.Value.Sinks.ManagedIdentityAccounts.Any(allowed => Uri.TryCreate(allowed, UriKind.Absolute, out var a) && Uri.Compare(a, account, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0))
        {
            throw new SinkDeliveryException(
                $"the account {account.GetLeftPart(UriPartial.Authority)} is not one this service writes to with its own identity " +
                "(WebTasks:Sinks:ManagedIdentityAccounts); give a containerUrl with a SAS instead");
        }

        TokenCredential credential = storage.Credential ?? new DefaultAzureCredential();
        return new BlobServiceClient(account, credential, clientOptions).GetBlobContainerClient(sink.Container);
    }
}
