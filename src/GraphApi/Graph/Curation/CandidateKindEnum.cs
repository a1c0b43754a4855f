using GraphQL.Types;
using KnowledgeGraph.Ingest.Curate.Candidates;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>What a review candidate proposes.</summary>
public sealed class CandidateKindEnum : EnumerationGraphType<CandidateKind>
{
    public CandidateKindEnum()
    {
        Name = "CandidateKind";
        Description = "DUPLICATE: two entities that are probably one. LOW_CONFIDENCE_RELATION: a relation the extractor was unsure of.";
    }
}
