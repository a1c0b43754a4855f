using KnowledgeGraph.Benchmarks.Generate;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>The GraphQL documents the HTTP and in-process runs send, with variables drawn from the graph's samples.</summary>
public static class GraphQLQueries
{
    public const string Lookup = "query($id: ID!) { entity(id: $id) { id name type } }";
    public const string Neighborhood = "query($id: ID!) { neighborhood(id: $id, depth: 1) { truncated nodes { id name } edges { type } } }";
    public const string Search = "query($name: String!) { search(name: $name, first: 20) { edges { node { id name } } } }";

    public static string IdVariables(GraphSamples s, int i) => $$"""{"id":"{{s.EntityIds[i % s.EntityIds.Count]}}"}""";

    public static string NameVariables(GraphSamples s, int i) => $$"""{"name":{{System.Text.Json.JsonSerializer.Serialize(s.NameFragments[i % s.NameFragments.Count])}}}""";
}
