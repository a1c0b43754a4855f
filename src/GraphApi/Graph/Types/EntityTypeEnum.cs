using GraphQL.Types;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>The entity types of the ontology; values are read from ontology.json, so adding a type there adds it here.</summary>
public sealed class EntityTypeEnum : EnumerationGraphType
{
    public EntityTypeEnum(KnowledgeOntology ontology)
    {
        Name = "EntityType";
        Description = "What kind of node an entity is (from the ontology).";
        foreach (var term in ontology.EntityTypes)
        {
            Add(GraphTypeNames.EnumValue(term.Name), term.Name, term.Description);
        }
    }
}
