using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Totals of the graph.</summary>
public sealed class StatsGraphType : ObjectGraphType<StoreStats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Description = "What the graph holds, for dashboards and health views.";
        Field<NonNullGraphType<IntGraphType>>("articles").Description("Articles ingested.").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities of all types.").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations of all types.").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NamedCountGraphType>>>>("entitiesByType")
            .Description("Entity counts per type, by name.")
            .Resolve(c => c.Source.EntitiesByType.OrderBy(p => p.Key, StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NamedCountGraphType>>>>("relationsByType")
            .Description("Relation counts per type, by name.")
            .Resolve(c => c.Source.RelationsByType.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
