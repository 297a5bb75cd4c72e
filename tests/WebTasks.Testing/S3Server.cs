using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;

namespace WebTasks.Testing;

/// <summary>
/// A real S3-compatible server (s3rver, from npm) on a free loopback port, for the life of the test process. It knows
/// one key pair and refuses any other key id (403 InvalidAccessKeyId), as AWS does; it does not check v4 signatures.
/// </summary>
public sealed class S3Server
{
    public const string AccessKeyId = "S3RVER";
    public const string SecretAccessKey = "S3RVER";
    public const string Region = "us-east-1";
    private static readonly Lazy<Task<S3Server>> Shared = new(StartAsync);

    private S3Server(int port) => Endpoint = $"http://127.0.0.1:{port}";

    public string Endpoint { get; }

    public static Task<S3Server> GetAsync() => Shared.Value;

    /// <summary>A client with the server's keys, to make buckets and read what was delivered.</summary>
    public AmazonS3Client Client() => new(
        new BasicAWSCredentials(AccessKeyId, SecretAccessKey),
        new AmazonS3Config
        {
            ServiceURL = Endpoint,
            AuthenticationRegion = Region,
            ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    private static async Task<S3Server> StartAsync()
    {
        var port = FreePorts.Take(1)[0];
        var data = Directory.CreateTempSubdirectory("webtasks-s3-").FullName;
        await LocalTool.StartAsync(
            LocalTool.Find("s3rver", "S3RVER_PATH"),
            ["--directory", data, "--address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--silent", "--no-vhost-buckets"],
            port);
        return new S3Server(port);
    }
}
