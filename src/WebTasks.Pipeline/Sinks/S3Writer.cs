using System.Text;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using WebTasks.Core.Contracts;

namespace WebTasks.Pipeline.Sinks;

/// <summary>
/// Puts "{prefix}/{webTaskId}.json" (and a file result's content as "{webTaskId}.data.json") into an S3 bucket with
/// the sink's own keys: AWS by region, or any S3-compatible service at its endpoint (path-style addressing).
/// </summary>
public sealed class S3Writer(SinkHttp http) : ISinkWriter
{
    public string Type => SinkTypes.S3;

    public async Task WriteAsync(ResultSink sink, SinkPayload payload, CancellationToken cancellationToken)
    {
        var s3 = (S3Sink)sink;
        var config = new AmazonS3Config
        {
            HttpClientFactory = http.AwsFactory(),
            MaxErrorRetry = 0, // the orchestration retries, with backoff, and counts the attempts
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (s3.Endpoint is { } endpoint)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = s3.Region;
            config.ForcePathStyle = true;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(s3.Region);
        }

        using var client = new AmazonS3Client(new BasicAWSCredentials(s3.AccessKeyId, s3.SecretAccessKey), config);
        try
        {
            using (var result = new MemoryStream(Encoding.UTF8.GetBytes(payload.ResultJson)))
            {
                await PutAsync(client, s3.Bucket, payload.ObjectName(s3.Prefix), result, cancellationToken);
            }

            if (payload.DataFile is { } file)
            {
                await using var data = await file.OpenReadAsync(cancellationToken: cancellationToken);
                await PutAsync(client, s3.Bucket, payload.ObjectName(s3.Prefix, SinkPayload.DataSuffix), data, cancellationToken);
            }
        }
        catch (AmazonServiceException ex)
        {
            throw new SinkDeliveryException($"S3 answered HTTP {(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}", ex);
        }
        catch (AmazonClientException ex)
        {
            throw new SinkDeliveryException("S3 could not be reached: " + (ex.InnerException?.Message ?? ex.Message), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SinkDeliveryException("S3 could not be reached: " + ex.Message, ex);
        }
    }

    private static Task PutAsync(AmazonS3Client client, string bucket, string key, Stream content, CancellationToken cancellationToken) =>
        client.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = key, InputStream = content, ContentType = "application/json", AutoCloseStream = false, UseChunkEncoding = false },
            cancellationToken);
}
