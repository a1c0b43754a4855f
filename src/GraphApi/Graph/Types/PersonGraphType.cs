using GraphQL.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A named individual.</summary>
public sealed class PersonGraphType : ObjectGraphType<Entity>
{
    public PersonGraphType()
    {
        Name = EntityTypes.Person;
        Description = "A named individual.";
        Interface<EntityGraphType>();
        IsTypeOf = source => source is Entity { Type: EntityTypes.Person };
        EntityFields.AddTo(this, withResolvers: true);
    }
}
