using System.Text;
using WebTasks.Core.Contracts;
using WebTasks.Core.Options;

namespace WebTasks.Core.Tests.Contracts;

public sealed class RequestParserTests
{
    private static WebTaskRequest Parse(string json, string defaultModel = "none") =>
        RequestParser.Parse(Encoding.UTF8.GetBytes(json), new LimitsOptions(), defaultModel);

    [Fact]
    public void A_full_request_is_read_field_by_field()
    {
        var request = Parse("""
            {
              "task": "  Extract the products  ",
              "startUrl": "https://shop.example.com/p/1",
              "parameters": { "category": "lamps", "max": 3 },
              "outputSchema": { "type": "array", "items": { "type": "object" } },
              "reuseKey": "shop.products-v2",
              "model": "sonnet",
              "proxy": "http://user:secret@proxy.example.com:8080",
              "sink": { "type": "webhook", "url": "https://hooks.example.com/x", "headers": { "Authorization": "Bearer t" } }
            }
            """);

        request.Task.ShouldBe("Extract the products");
        request.StartUrl.ShouldBe("https://shop.example.com/p/1");
        request.Parameters["category"]!.GetValue<string>().ShouldBe("lamps");
        request.OutputSchema!["type"]!.GetValue<string>().ShouldBe("array");
        request.ReuseKey.ShouldBe("shop.products-v2");
        request.Model.ShouldBe("sonnet");
        request.Proxy.ShouldBe("http://user:secret@proxy.example.com:8080");
        var sink = request.Sink.ShouldBeOfType<WebhookSink>();
        sink.Url.ShouldBe("https://hooks.example.com/x");
        sink.Headers["authorization"].ShouldBe("Bearer t");
    }

    [Fact]
    public void The_model_defaults_to_the_configured_one()
    {
        Parse("""{ "task": "t" }""", defaultModel: "haiku").Model.ShouldBe("haiku");
        Parse("""{ "task": "t" }""").Model.ShouldBe("none");
    }

    [Theory]
    [InlineData("""{ "task": "t", "reuseKey": "-starts-with-dash" }""", "reuseKey")]
    [InlineData("""{ "task": "t", "reuseKey": "with#hash" }""", "reuseKey")]
    [InlineData("""{ "task": "t", "startUrl": "javascript:alert(1)" }""", "startUrl")]
    [InlineData("""{ "task": "t", "startUrl": "file:///etc/passwd" }""", "startUrl")]
    [InlineData("""{ "task": "t", "sink": "https://x.test" }""", "sink")]
    [InlineData("""{ "task": "t", "sink": { "type": "webhook", "url": "ftp://x.test" } }""", "sink.url")]
    [InlineData("""{ "task": null }""", "'task'")]
    [InlineData("""{ "task": "t", "sink": { "type": "ftp" } }""", "'sink.type' must be one of webhook, s3, blob")]
    [InlineData("""{ "task": "t", "sink": { "type": "s3", "bucket": "b-1", "region": "us-east-1", "accessKeyId": "A" } }""", "'sink.secretAccessKey' is required")]
    [InlineData("""{ "task": "t", "sink": { "type": "s3", "bucket": "B_1", "region": "us-east-1", "accessKeyId": "A", "secretAccessKey": "s" } }""", "'sink.bucket'")]
    [InlineData("""{ "task": "t", "sink": { "type": "s3", "bucket": "b-1", "region": "us-east-1", "accessKeyId": "A", "secretKey": "s" } }""", "'sink.secretKey' is not a field of a s3 sink")]
    [InlineData("""{ "task": "t", "sink": { "type": "s3", "bucket": "b-1", "region": "us-east-1", "accessKeyId": "A", "secretAccessKey": "s", "prefix": "../up" } }""", "'sink.prefix'")]
    [InlineData("""{ "task": "t", "sink": { "type": "blob", "containerUrl": "https://a.blob.core.windows.net/c?sig=x", "accountUrl": "https://a.blob.core.windows.net" } }""", "either 'sink.containerUrl'")]
    [InlineData("""{ "task": "t", "sink": { "type": "blob", "accountUrl": "https://a.blob.core.windows.net" } }""", "'sink.container'")]
    public void Bad_fields_are_named(string json, string field)
    {
        var error = Should.Throw<BadRequestException>(() => Parse(json));
        error.Message.ShouldContain(field);
    }

    [Fact]
    public void S3_and_blob_sinks_are_read_and_shown_masked()
    {
        var s3 = Parse("""
            { "task": "t", "sink": { "type": "s3", "bucket": "exports", "region": "eu-west-1", "prefix": "daily/",
              "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "endpoint": "https://s3.example.com" } }
            """).Sink.ShouldBeOfType<S3Sink>();
        s3.Bucket.ShouldBe("exports");
        var shown = s3.Masked();
        shown.SecretAccessKey.ShouldBe("****EKEY");
        shown.AccessKeyId.ShouldBe("****MPLE");
        s3.Scrub("denied for AKIAIOSFODNN7EXAMPLE").ShouldBe("denied for ****MPLE");

        var blob = Parse("""
            { "task": "t", "sink": { "type": "blob", "containerUrl": "https://acct.blob.core.windows.net/exports?sv=2024-05-04&sp=cw&se=2027-01-01&sig=abc%2Bdef%3D" } }
            """).Sink.ShouldBeOfType<BlobSink>();
        blob.Masked().ContainerUrl.ShouldBe("https://acct.blob.core.windows.net/exports?sv=2024-05-04&sp=cw&se=2027-01-01&sig=****");
        blob.Scrub("signature abc+def= refused").ShouldNotContain("abc+def=");

        var webhook = Parse("""{ "task": "t", "sink": { "type": "webhook", "url": "https://u:p@hooks.example.com/x?token=t0ps3cret", "headers": { "Authorization": "Bearer 0123456789abcdef" } } }""")
            .Sink.ShouldBeOfType<WebhookSink>().Masked();
        webhook.Url.ShouldBe("https://u:****@hooks.example.com/x?token=****");
        webhook.Headers!["Authorization"].ShouldBe("****cdef");
    }

    [Fact]
    public void A_reuse_key_of_128_characters_is_accepted_and_129_is_not()
    {
        Parse($$"""{ "task": "t", "reuseKey": "{{new string('k', 128)}}" }""").ReuseKey!.Length.ShouldBe(128);
        Should.Throw<BadRequestException>(() => Parse($$"""{ "task": "t", "reuseKey": "{{new string('k', 129)}}" }"""));
    }

    [Fact]
    public void Deeply_nested_json_is_a_bad_request_not_a_crash()
    {
        var json = "{ \"task\": \"t\", \"parameters\": " + new string('[', 200) + new string(']', 200) + " }";
        Should.Throw<BadRequestException>(() => Parse(json)).Message.ShouldContain("not valid JSON");
    }
}
