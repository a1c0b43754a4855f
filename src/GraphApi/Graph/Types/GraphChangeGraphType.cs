using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An ingestion change, for dashboards that poll.</summary>
public sealed class GraphChangeGraphType : ObjectGraphType<GraphChange>
{
    public GraphChangeGraphType()
    {
        Name = "GraphChange";
        Description = "An entity or relation that articles ingested since the asked-for time added or supported again; exactly one of entity and relation is set.";
        Field<NonNullGraphType<ChangeKindEnum>>("kind").Description("Added or updated.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the latest article supporting it was ingested.").Resolve(c => c.Source.At);
        Field<EntityGraphType>("entity").Description("The entity that changed, when the change is an entity.").Resolve(c => c.Source.Entity);
        Field<RelationGraphType>("relation").Description("The relation that changed (with evidence), when the change is a relation.").Resolve(c => c.Source.Relation);
    }
}
