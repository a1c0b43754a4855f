using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Extraction;

/// <summary>A relation as found in one document: its ends name entities of the same document by their <c>Name</c>.</summary>
public sealed record ExtractedRelation(string Type, string Source, string Target)
{
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    public double Confidence { get; init; } = 1.0;
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
