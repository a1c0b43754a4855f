using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Extraction;

/// <summary>
/// An entity as found in one document, before it is given a graph id: <see cref="Name"/> is its fullest form in the text,
/// <see cref="Aliases"/> every other form used for it there.
/// </summary>
public sealed record ExtractedEntity(string Type, string Name)
{
    public string? Kind { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<Evidence> Mentions { get; init; } = [];
}
