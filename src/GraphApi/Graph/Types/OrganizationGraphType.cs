using GraphQL.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A body with a name: 科协, 学会, alliance, agency, company, university, institute, platform, media or department.</summary>
public sealed class OrganizationGraphType : ObjectGraphType<Entity>
{
    public OrganizationGraphType()
    {
        Name = EntityTypes.Organization;
        Description = "A body with a name: 科协, 学会, alliance, agency, company, university, institute, platform, media or department.";
        Interface<EntityGraphType>();
        IsTypeOf = source => source is Entity { Type: EntityTypes.Organization };
        EntityFields.AddTo(this, withResolvers: true);
        Field<OrganizationKindEnum>("kind")
            .Description("What sort of body it is (Alliance, Association …); null when the extractor could not tell.")
            .Resolve(c => c.Source.Kind is { } kind && c.Service<KnowledgeOntology>().IsOrganizationKind(kind) ? kind : null);
    }
}
