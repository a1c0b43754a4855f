using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An edge of the graph with the sentences that state it.</summary>
public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A stated fact linking two entities (source → target), one per type and pair, with its evidence.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the relation.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("What the relation states.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityGraphType>>("source")
            .Description("The entity the relation goes from (the member, the founder, the organizer …).")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.SourceId));
        Field<NonNullGraphType<EntityGraphType>>("target")
            .Description("The entity the relation goes to (the alliance, the event …).")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId));
        Field<StringGraphType>("role").Description("ORGANIZED: host, organizer, co-organizer, guide or support.").Resolve(c => Property(c.Source, "role"));
        Field<StringGraphType>("title").Description("HOLDS_POSITION: the post as written (主席, 秘书长 …).").Resolve(c => Property(c.Source, "title"));
        Field<StringGraphType>("instrument").Description("PARTNERS_WITH: the agreement or instrument, when named.").Resolve(c => Property(c.Source, "instrument"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties")
            .Description("All properties of the relation, ordered by key.")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("0..1, the extractor's highest confidence over the evidence.").Resolve(c => c.Source.Confidence);
        Field<DateTimeOffsetGraphType>("firstSeen").Description("Publication date of the earliest article stating it.").Resolve(c => c.Source.FirstSeen);
        Field<DateTimeOffsetGraphType>("lastSeen").Description("Publication date of the latest article stating it.").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Description("The sentences that state the relation, across articles.")

            // Most relations are stated once or twice; costing evidence as a full page would refuse ordinary queries.
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Source.Evidence);
    }

    private static string? Property(Relation relation, string key) => relation.Properties.GetValueOrDefault(key);
}
