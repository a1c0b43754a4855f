using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Queries;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Ingest.Curate.Candidates;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>Curation reads: the audit trail and the review queue.</summary>
public static class CurationQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<DecisionGraphType, Decision>>>("decisions")
            .Description("The curation audit trail, newest first, undone decisions and undos included. Needs an API key (UNAUTHENTICATED otherwise).")
            .Argument<IdGraphType>("entityId", "Only decisions about this entity.")
            .PagingArguments()
            .ResolveAsync(async c => await CurationResolvers.DecisionsAsync(c));

        query.Field<NonNullGraphType<ConnectionGraphType<CandidateGraphType, Candidate>>>("curationCandidates")
            .Description("The review queue: likely duplicates and low-confidence relations, highest score first. Needs an API key (UNAUTHENTICATED otherwise).")
            .Argument<CandidateKindEnum>("kind", "Only candidates of this kind.")
            .PagingArguments()
            .ResolveAsync(async c => await CurationResolvers.CandidatesAsync(c));
    }
}
