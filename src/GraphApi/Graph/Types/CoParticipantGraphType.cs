using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Someone who organised or attended the same events.</summary>
public sealed class CoParticipantGraphType : ObjectGraphType<CoParticipant>
{
    public CoParticipantGraphType()
    {
        Name = "CoParticipant";
        Description = "An entity that organised or attended events the asked-for entity also organised or attended.";
        Field<NonNullGraphType<EntityGraphType>>("entity").Description("The co-participant.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IntGraphType>>("sharedEvents").Description("How many events both took part in (the ranking).").Resolve(c => c.Source.SharedEvents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("links")
            .Description("Its ORGANIZED/ATTENDED relations to the shared events, with evidence; each target is a shared event.")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Source.Links);
    }
}
