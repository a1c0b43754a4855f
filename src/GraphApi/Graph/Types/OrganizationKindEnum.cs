using GraphQL.Types;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>The organization kinds of the ontology (科协, 学会, 联盟 …), read from ontology.json.</summary>
public sealed class OrganizationKindEnum : EnumerationGraphType
{
    public OrganizationKindEnum(KnowledgeOntology ontology)
    {
        Name = "OrganizationKind";
        Description = "What sort of body an organization is (from the ontology).";
        foreach (var term in ontology.OrganizationKinds)
        {
            Add(GraphTypeNames.EnumValue(term.Name), term.Name, term.Description);
        }
    }
}
