namespace KnowledgeGraph.Store;

/// <summary>The values <c>Store:Provider</c> accepts.</summary>
public static class StoreProviders
{
    public const string Sqlite = "Sqlite";

    public static IReadOnlyList<string> All { get; } = [Sqlite];

    public static bool IsKnown(string? provider) => All.Contains(provider, StringComparer.OrdinalIgnoreCase);
}
