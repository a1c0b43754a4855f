namespace KnowledgeGraph.Store;

/// <summary>The values <c>Store:Provider</c> accepts.</summary>
public static class StoreProviders
{
    public const string Sqlite = "Sqlite";
    public const string Neo4j = "Neo4j";

    public static IReadOnlyList<string> All { get; } = [Sqlite, Neo4j];

    public static bool IsKnown(string? provider) => All.Contains(provider, StringComparer.OrdinalIgnoreCase);
}
