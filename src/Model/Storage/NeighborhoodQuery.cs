namespace KnowledgeGraph.Model.Storage;

/// <summary>A neighbourhood walk: how far, along which relations, into which entity types and organization kinds, how big.</summary>
public sealed record NeighborhoodQuery(int Depth, int MaxNodes)
{
    public RelationFilter Relations { get; init; } = RelationFilter.All;

    /// <summary>Entity types that may join the neighbourhood (null or empty: all).</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Organization kinds that may join (null or empty: all); entities of other types are not held to it.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }
}
