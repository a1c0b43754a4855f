using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An entity of a top-N list.</summary>
public sealed class RankedEntityGraphType : ObjectGraphType<RankedEntity>
{
    public RankedEntityGraphType()
    {
        Name = "RankedEntity";
        Description = "An entity and the score it was ranked by.";
        Field<NonNullGraphType<EntityGraphType>>("entity").Description("The entity.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Its value of the measure ranked by.").Resolve(c => c.Source.Score);
    }
}
