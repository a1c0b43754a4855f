namespace KnowledgeGraph.Model.Graph;

/// <summary>A node of the graph. <see cref="Kind"/> is set for organizations only.</summary>
public sealed record Entity(string Id, string Type, string Name)
{
    public string? Kind { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Open-ended properties: location, country, titles, affiliation, stated figures ("成员单位数@2026-02").</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Mentions that support the entity (filled on write; reads return them only when asked).</summary>
    public IReadOnlyList<Evidence> Mentions { get; init; } = [];
}
