using Amazon.Runtime;
using Azure.Core.Pipeline;

namespace WebTasks.Pipeline.Sinks;

/// <summary>
/// The one HTTP client every sink writes through (webhooks, the S3 SDK, the Blob SDK): its connections pass the same
/// private-address guard as the browser's, checked at dial time, and it follows no redirects.
/// </summary>
public sealed class SinkHttp(System.Net.Http.IHttpClientFactory httpClients)
{
    public const string ClientName = "sinks";

    public HttpClient Client() => httpClients.CreateClient(ClientName);

    /// <summary>For the Azure SDK's pipeline.</summary>
    public HttpClientTransport AzureTransport() => new(Client());

    /// <summary>For the AWS SDK, which otherwise builds and caches clients of its own.</summary>
    public HttpClientFactory AwsFactory() => new AwsClients(this);

    private sealed class AwsClients(SinkHttp http) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => http.Client();

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
    }
}
