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
        errors.ShouldBe(["#/people/0: Required properties [\"name\"] are not present", "#/people/0/age: -1 should be at least 0"]);
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
        Schema("""{ "type": "object" }""").Validate(null).ShouldBe(["#: Value is \"null\" but should be \"object\""]);
    }

    [Fact]
    public void The_whole_2020_12_vocabulary_is_validated()
    {
        var records = Schema("""
            { "type": "array", "minContains": 1, "contains": { "required": ["n"] },
              "items": { "type": "object", "properties": { "n": { "type": "integer" }, "price": true, "currency": true },
                         "unevaluatedProperties": false, "dependentRequired": { "price": ["currency"] } } }
            """);
        records.Validate(JsonNode.Parse("""[{ "n": 1 }, { "price": 3, "currency": "EUR" }]""")).ShouldBeEmpty();
        records.Validate(JsonNode.Parse("""[{ "n": 1 }, { "extra": true }]""")).ShouldBe(["#/1/extra: All values fail against the false schema"]);
        records.Validate(JsonNode.Parse("""[{ "n": 1, "price": 3 }]""")).ShouldContain(e => e.StartsWith("#/0:", StringComparison.Ordinal) && e.Contains("currency"));
        records.Validate(JsonNode.Parse("""[{ "price": 3, "currency": "EUR" }]""")).ShouldNotBeEmpty("contains: no record has n");

        var tuple = Schema("""{ "type": "array", "prefixItems": [{ "const": "header" }, { "type": "integer" }], "items": false }""");
        tuple.Validate(JsonNode.Parse("""["header", 2]""")).ShouldBeEmpty();
        tuple.Validate(JsonNode.Parse("""["other", 2]""")).ShouldContain(e => e.StartsWith("#/0:", StringComparison.Ordinal));
        tuple.Validate(JsonNode.Parse("""["header", 2, 3]""")).ShouldNotBeEmpty("items: false after the prefix");
    }

    [Fact]
    public void A_branch_another_branch_satisfies_is_not_reported()
    {
        Schema("""{ "anyOf": [{ "type": "string" }, { "type": "integer" }] }""").Validate(JsonNode.Parse("3")).ShouldBeEmpty();
        Schema("""{ "type": ["string", "null"], "pattern": "^a" }""").Validate(JsonNode.Parse("\"abc\"")).ShouldBeEmpty();

        // The object fails for its own reason; the anyOf it also has is satisfied and says nothing.
        Schema("""{ "type": "object", "required": ["a"], "anyOf": [{ "required": ["b"] }, { "required": ["c"] }] }""").Validate(JsonNode.Parse("""{ "c": 1 }"""))
            .ShouldBe(["#: Required properties [\"a\"] are not present"]);
        Schema("""{ "anyOf": [{ "type": "string" }, { "type": "integer" }] }""").Validate(JsonNode.Parse("true")).Count.ShouldBe(1, "both branches failed: one line for the place");
    }

    [Theory]
    [InlineData("""{ "type": "strng" }""", "#/type: Value should match one of the values specified by the enum")]
    [InlineData("""{ "type": ["string", 3] }""", "#/type")]
    [InlineData("""{ "properties": [] }""", "#/properties")]
    [InlineData("""{ "properties": { "a": 3 } }""", "#/properties/a")]
    [InlineData("""{ "required": "a" }""", "#/required")]
    [InlineData("""{ "anyOf": [] }""", "#/anyOf")]
    [InlineData("""{ "items": { "type": "nope" } }""", "#/items/type")]
    [InlineData("""{ "$ref": "http://example.com/schema" }""", "local reference")]
    [InlineData("""{ "minimum": "3" }""", "#/minimum: Value is \"string\" but should be \"number\"")]
    [InlineData("""{ "type": "string", "pattern": "([" }""", "#/pattern: Value does not match format \"regex\"")]
    [InlineData("""{ "type": "array", "minItems": -1 }""", "#/minItems: -1 should be at least 0")]
    [InlineData("""{ "type": "array", "minItems": 1.5 }""", "#/minItems")]
    [InlineData("""{ "$defs": { "x": { "type": "object" } }, "$ref": "#/$defs/y" }""", "Could not resolve '#/$defs/y'")]
    public void Invalid_schemas_are_refused_with_where_and_why(string json, string expected)
    {
        var error = Should.Throw<BadRequestException>(() => Schema(json));
        string.Join(" ", error.Details.Append(error.Message)).ShouldContain(expected);
    }
}
