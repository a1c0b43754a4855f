using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Neo4j.Copy;

/// <summary>What a copy did, and whether the target now holds what the source does (only meaningful into an empty target).</summary>
public sealed record CopyReport(int Batches, StoreStats Source, StoreStats Target, bool TargetWasEmpty)
{
    /// <summary>Curation decisions copied from the embedded store's log.</summary>
    public int DecisionsCopied { get; init; }

    public bool CountsMatch =>
        Source.Articles == Target.Articles && Source.Entities == Target.Entities && Source.Relations == Target.Relations
        && Source.EntitiesByType.OrderBy(p => p.Key).SequenceEqual(Target.EntitiesByType.OrderBy(p => p.Key))
        && Source.RelationsByType.OrderBy(p => p.Key).SequenceEqual(Target.RelationsByType.OrderBy(p => p.Key));
}
