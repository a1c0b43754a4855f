namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The live Neo4j server the contract suite runs against, from the environment: <c>NEO4J_URI</c> (the HTTP address,
/// e.g. http://localhost:7474), <c>NEO4J_USER</c> + <c>NEO4J_PASSWORD</c> or <c>NEO4J_TOKEN</c>, <c>NEO4J_DATABASE</c>
/// (default neo4j). The suite deletes everything in that database before each test: point it at a scratch database.
/// </summary>
public static class LiveNeo4j
{
    public static string? Uri => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? uri : null;

    public static string? SkipReason => Uri is null
        ? "NEO4J_URI is not set: the Neo4j contract suite needs a live server (NEO4J_URI, NEO4J_USER/NEO4J_PASSWORD or NEO4J_TOKEN, NEO4J_DATABASE); skipped"
        : null;

    public static KnowledgeGraph.Store.Neo4j.Neo4jStoreOptions Options() => new()
    {
        Uri = Uri,
        User = Environment.GetEnvironmentVariable("NEO4J_USER"),
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        BearerToken = Environment.GetEnvironmentVariable("NEO4J_TOKEN"),
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
    };
}
