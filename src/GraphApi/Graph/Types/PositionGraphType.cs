using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A post a person held at an organization (a HOLDS_POSITION relation seen as a position).</summary>
public sealed class PositionGraphType : ObjectGraphType<Relation>
{
    public PositionGraphType()
    {
        Name = "Position";
        Description = "A post a person held at an organization, dated by the articles that state it.";
        Field<NonNullGraphType<EntityGraphType>>("organization").Description("Where the post is held.").Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId));
        Field<StringGraphType>("title").Description("The post as written (主席, 秘书长 …).").Resolve(c => c.Source.Properties.GetValueOrDefault("title"));
        Field<DateTimeOffsetGraphType>("from").Description("Publication date of the earliest article stating it.").Resolve(c => c.Source.FirstSeen);
        Field<DateTimeOffsetGraphType>("to").Description("Publication date of the latest article stating it.").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The HOLDS_POSITION relation, with its evidence.").Resolve(c => c.Source);
    }
}
