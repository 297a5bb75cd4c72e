namespace WebTasks.Api;

/// <summary>
/// The OpenAPI document as the self-host generates it from its routes, committed as <c>openapi.v1.json</c> so the
/// Functions app (which has no endpoint metadata to generate it from) serves the same one. A test keeps the two equal.
/// </summary>
public static class OpenApiDocument
{
    public const string FileName = "openapi.v1.json";

    public static Stream Open() =>
        typeof(OpenApiDocument).Assembly.GetManifestResourceStream(FileName) ?? throw new InvalidOperationException($"{FileName} is not embedded.");
}
