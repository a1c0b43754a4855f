using GraphQL.Types;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>The relation types of the ontology, read from ontology.json.</summary>
public sealed class RelationTypeEnum : EnumerationGraphType
{
    public RelationTypeEnum(KnowledgeOntology ontology)
    {
        Name = "RelationType";
        Description = "What an edge of the graph states (from the ontology).";
        foreach (var relation in ontology.RelationTypes)
        {
            var ends = $" ({string.Join('/', relation.Sources)} → {string.Join('/', relation.Targets)}{(relation.Symmetric ? ", symmetric" : "")})";
            Add(GraphTypeNames.EnumValue(relation.Name), relation.Name, relation.Description + ends);
        }
    }
}
