namespace KnowledgeGraph.Store;

/// <summary>Which graph store the application uses, bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>One of <see cref="StoreProviders"/>; compared case-insensitively.</summary>
    public string Provider { get; set; } = StoreProviders.Sqlite;
}
