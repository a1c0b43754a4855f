using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Model.Graph;

/// <summary>
/// What one write commits, whole or not at all. Writing a batch replaces everything previously stored for its articles
/// (their mentions and evidence), then merges its entities and relations; so writing the same batch twice changes nothing.
/// </summary>
public sealed record GraphBatch(IReadOnlyList<Article> Articles, IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations)
{
    public static GraphBatch Empty { get; } = new([], [], []);
}
