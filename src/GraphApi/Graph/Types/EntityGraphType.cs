using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>The Entity interface: what organizations, people, events and programmes have in common.</summary>
public sealed class EntityGraphType : InterfaceGraphType<Entity>
{
    public EntityGraphType()
    {
        Name = "Entity";
        Description = "A node of the knowledge graph: an organization, person, event or programme.";
        EntityFields.AddTo(this, withResolvers: false);
    }
}
