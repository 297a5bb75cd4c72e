using System.Text.Json.Nodes;
using WebTasks.Pipeline.Running;

namespace WebTasks.Pipeline.Tests.Running;

public sealed class VerifyOutputTests
{
    [Fact]
    public void Without_a_schema_anything_passes_and_with_one_the_errors_are_listed()
    {
        var verify = new VerifyOutput();
        verify.Run(new VerifyInput(JsonValue.Create("x"), null)).Valid.ShouldBeTrue();

        var schema = (JsonObject)JsonNode.Parse("""{ "type": "array", "items": { "type": "integer" }, "minItems": 2 }""")!;
        verify.Run(new VerifyInput(JsonNode.Parse("[1, 2]"), schema)).Valid.ShouldBeTrue();
        var bad = verify.Run(new VerifyInput(JsonNode.Parse("""["a"]"""), schema));
        bad.Valid.ShouldBeFalse();
        bad.Errors.Count.ShouldBe(2);
    }
}
