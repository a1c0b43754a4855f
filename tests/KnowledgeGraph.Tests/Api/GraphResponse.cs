using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Api;

/// <summary>What /graphql answered: status, content type, raw text (to check escaping), the parsed body, and whether the response cache answered.</summary>
public sealed record GraphResponse(int Status, string? MediaType, string Text, JsonNode? Body, string? Allow, string? CacheStatus = null)
{
    public IReadOnlyList<JsonNode> Errors => Body?["errors"]?.AsArray().Select(e => e!).ToList() ?? [];

    public IReadOnlyList<string> Codes => Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>() ?? "(none)").ToList();

    public JsonNode? Data => Body?["data"];
}
