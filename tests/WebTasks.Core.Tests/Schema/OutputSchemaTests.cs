using System.Text.Json.Nodes;
using WebTasks.Core.Contracts;
using WebTasks.Core.Schema;

namespace WebTasks.Core.Tests.Schema;

public sealed class OutputSchemaTests
{
    private static OutputSchema Schema(string json) => OutputSchema.Parse((JsonObject)JsonNode.Parse(json)!);

    [Fact]
    public void Refs_into_defs_are_followed()
    {
        var schema = Schema("""
            { "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object", "required": ["people"],
              "properties": { "people": { "type": "array", "items": { "$ref": "#/$defs/person" } } },
              "$defs": { "person": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "age": { "type": "integer", "minimum": 0 } } } } }
            """);

        schema.Validate(JsonNode.Parse("""{ "people": [{ "name": "Ada", "age": 36 }] }""")).ShouldBeEmpty();
        var errors = schema.Validate(JsonNode.Parse("""{ "people": [{ "age": -1 }] }"""));
        errors.ShouldContain(e => e.Contains("people[0].name") && e.Contains("property required"));
        errors.ShouldContain(e => e.Contains("people[0].age") && e.Contains("number too small"));
    }

    [Fact]
    public void Attachment_is_a_type_for_files()
    {
        var schema = Schema("""{ "type": "object", "properties": { "report": { "type": "attachment" } }, "required": ["report"] }""");

        schema.Validate(JsonNode.Parse("""{ "report": { "type": "attachment", "fileName": "a.csv", "contentType": "text/csv", "sizeBytes": 3, "path": "x" } }""")).ShouldBeEmpty();
        schema.Validate(JsonNode.Parse("""{ "report": "a.csv" }""")).ShouldNotBeEmpty();
        schema.Validate(JsonNode.Parse("""{ "report": { "type": "file", "fileName": "a.csv" } }""")).ShouldNotBeEmpty();
        schema.Source["properties"]!["report"]!["type"]!.GetValue<string>().ShouldBe("attachment", "the user's schema is kept as written");
    }

    [Fact]
    public void A_null_result_against_an_object_schema_is_an_error()
    {
        Schema("""{ "type": "object" }""").Validate(null).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "type": "strng" }""", "#/type")]
    [InlineData("""{ "type": ["string", 3] }""", "#/type")]
    [InlineData("""{ "properties": [] }""", "#/properties")]
    [InlineData("""{ "properties": { "a": 3 } }""", "#/properties/a")]
    [InlineData("""{ "required": "a" }""", "#/required")]
    [InlineData("""{ "anyOf": [] }""", "#/anyOf")]
    [InlineData("""{ "items": { "type": "nope" } }""", "#/items/type")]
    [InlineData("""{ "$ref": "http://example.com/schema" }""", "local reference")]
    [InlineData("""{ "minimum": "3" }""", "#/minimum")]
    [InlineData("""{ "$defs": { "x": { "type": "object" } }, "$ref": "#/$defs/y" }""", "Could not resolve")]
    public void Invalid_schemas_are_refused_with_where_and_why(string json, string expected)
    {
        var error = Should.Throw<BadRequestException>(() => Schema(json));
        string.Join(" ", error.Details.Append(error.Message)).ShouldContain(expected);
    }
}
