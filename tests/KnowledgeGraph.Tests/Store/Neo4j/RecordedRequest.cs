using System.Text.Json;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>One request the <see cref="QueryApiResponder"/> received; <see cref="Statement"/> is the cypher/ file name its text came from.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? Statement,
    string? Text,
    JsonElement? Parameters,
    string? ContentType)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

    public JsonElement Parameter(string name) => Parameters!.Value.GetProperty(name);

    public IReadOnlyList<string> StringList(string name) => Parameter(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
