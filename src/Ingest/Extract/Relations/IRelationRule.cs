namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>One relation pattern applied to one sentence.</summary>
public interface IRelationRule
{
    IEnumerable<RelationCandidate> Apply(SentenceView view);
}
