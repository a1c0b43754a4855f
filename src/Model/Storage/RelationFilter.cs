namespace KnowledgeGraph.Model.Storage;

/// <summary>Which relations to follow: by type (null = all) and direction relative to the given entity.</summary>
public sealed record RelationFilter
{
    public IReadOnlyList<string>? Types { get; init; }
    public RelationDirection Direction { get; init; } = RelationDirection.Both;
    public static RelationFilter All { get; } = new();
}

public enum RelationDirection
{
    Both,
    Outgoing,
    Incoming,
}
