using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Ingest.Curate.Candidates;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>One item of the review queue.</summary>
public sealed class CandidateGraphType : ObjectGraphType<Candidate>
{
    public CandidateGraphType()
    {
        Name = "Candidate";
        Description = "Something the analyst should look at: a likely duplicate or a low-confidence relation. Accept or reject it with one mutation.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Pass to acceptCandidate or rejectCandidate.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<CandidateKindEnum>>("kind").Description("What the candidate proposes.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("0..1; the queue is ordered by it, highest first.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("The signals behind the score.").Resolve(c => c.Source.Reasons);
        Field<EntityGraphType>("keep").Description("DUPLICATE: the entity that stays when accepted.").Resolve(c => c.Source.KeepId is { } id ? (object)c.Loaders().Entities.Load(id) : null);
        Field<EntityGraphType>("merge").Description("DUPLICATE: the entity merged into keep when accepted.").Resolve(c => c.Source.MergeId is { } id ? (object)c.Loaders().Entities.Load(id) : null);
        Field<IdGraphType>("relationId").Description("LOW_CONFIDENCE_RELATION: the relation; read it with its evidence through its entities.").Resolve(c => c.Source.RelationId);
    }
}
