using System.Security.Cryptography;
using System.Text;
using WebTasks.Pipeline.Sinks;

namespace WebTasks.Pipeline.Tests.Sinks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void The_signature_is_an_hmac_of_timestamp_and_body_that_a_receiver_can_recompute()
    {
        var signature = WebhookWriter.Sign("s3cret", 1_700_000_000, """{"a":1}""");

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8.ToArray(), Encoding.UTF8.GetBytes("""1700000000.{"a":1}""")));
        signature.ShouldBe($"t=1700000000,v1={expected}");
        WebhookWriter.Sign("other", 1_700_000_000, """{"a":1}""").ShouldNotBe(signature);
        WebhookWriter.Sign("s3cret", 1_700_000_001, """{"a":1}""").ShouldNotBe(signature);
    }
}
