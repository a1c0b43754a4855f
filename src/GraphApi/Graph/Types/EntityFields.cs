using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Loading;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>
/// The fields every entity type has, declared once for the Entity interface (without resolvers) and for each object type
/// (with them): GraphQL requires the object types to repeat the interface's fields with identical arguments.
/// </summary>
public static class EntityFields
{
    public static void AddTo(IComplexGraphType type, bool withResolvers)
    {
        type.AddField(Field<NonNullGraphType<IdGraphType>>("id", "Stable, content-derived id.", withResolvers ? c => c.Source.Id : null));
        type.AddField(Field<NonNullGraphType<StringGraphType>>("name", "The fullest name found in the news.", withResolvers ? c => c.Source.Name : null));
        type.AddField(Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(
            "aliases", "Other names and abbreviations used for it (中国科协 for 中国科学技术协会).", withResolvers ? c => c.Source.Aliases : null));
        type.AddField(Field<NonNullGraphType<EntityTypeEnum>>("type", "The ontology type of the entity.", withResolvers ? c => c.Source.Type : null));
        type.AddField(Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>(
            "properties",
            "Open-ended properties (location, country, stated figures), ordered by key.",
            withResolvers ? c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal) : null).WithComplexityImpact(1, 5));

        var relations = Field<NonNullGraphType<ConnectionGraphType<RelationGraphType, Relation>>>(
            "relations", "The entity's relations, ordered by type then id, with evidence.", withResolvers ? ResolveRelations : null);
        relations.Arguments = new QueryArguments(
            new QueryArgument<ListGraphType<NonNullGraphType<RelationTypeEnum>>> { Name = "types", Description = "Only these relation types (default: all)." },
            new QueryArgument<RelationDirectionEnum> { Name = "direction", Description = "Which side the entity is on (default BOTH).", DefaultValue = RelationDirection.Both },
            new QueryArgument<IntGraphType> { Name = "first", Description = "Page size (default GraphQL:DefaultPageSize; more than GraphQL:MaxPageSize is refused)." },
            new QueryArgument<StringGraphType> { Name = "after", Description = "endCursor of the previous page." });
        type.AddField(relations);
    }

    private static FieldType Field<TGraphType>(string name, string description, Func<IResolveFieldContext<Entity>, object?>? resolve)
        where TGraphType : IGraphType => new()
        {
            Name = name,
            Type = typeof(TGraphType),
            Description = description,
            Resolver = resolve is null ? null : new FuncFieldResolver<Entity, object>(resolve),
        };

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
