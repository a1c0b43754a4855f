using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Loading;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>
/// The fields every entity type has, declared once for the Entity interface and each object type (GraphQL requires the
/// object types to repeat the interface's fields with identical arguments).
/// </summary>
public static class EntityFields
{
    public static void AddCommon(ComplexGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable, content-derived id.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The fullest name found in the news.").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names and abbreviations used for it (中国科协 for 中国科学技术协会).")
            .Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<EntityTypeEnum>>("type").Description("The ontology type of the entity.").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties")
            .Description("Open-ended properties (location, country, stated figures), ordered by key.")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
        type.Field<NonNullGraphType<ConnectionGraphType<RelationGraphType, Relation>>>("relations")
            .Description("The entity's relations, ordered by type then id, with evidence.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these relation types (default: all).")
            .Argument<RelationDirectionEnum>("direction", "Which side the entity is on (default BOTH).", a => a.DefaultValue = RelationDirection.Both)
            .Argument<IntGraphType>("first", "Page size (default and maximum: see the GraphQL limits).")
            .Argument<StringGraphType>("after", "Cursor of the last relation already seen.")
            .Resolve(ResolveRelations);
    }

    private static object ResolveRelations(IResolveFieldContext<Entity> context)
    {
        var first = PageSize.Resolve(context.GetArgument<int?>("first"), context.Limits());
        var after = context.GetArgument<string?>("after");
        var direction = context.GetArgument("direction", RelationDirection.Both);
        var types = context.GetArgument<List<string>?>("types");
        var entityId = context.Source.Id;
        var ontology = context.Service<KnowledgeOntology>();
        return context.Loaders().Relations.Load(new RelationKey(entityId, RelationKey.Signature(types)))
            .Then(all => Connections.Slice(OnSide(all ?? [], entityId, direction, ontology), first, after));
    }

    private static List<Relation> OnSide(IReadOnlyList<Relation> relations, string entityId, RelationDirection direction, KnowledgeOntology ontology) =>
        relations.Where(r => direction switch
        {
            RelationDirection.Outgoing => r.SourceId == entityId || ontology.IsSymmetric(r.Type),
            RelationDirection.Incoming => r.TargetId == entityId || ontology.IsSymmetric(r.Type),
            _ => true,
        }).ToList();
}
