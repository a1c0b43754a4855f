using GraphQL.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A named activity: meeting, forum, expo, contest or ceremony.</summary>
public sealed class EventGraphType : ObjectGraphType<Entity>
{
    public EventGraphType()
    {
        Name = EntityTypes.Event;
        Description = "A named activity: meeting, forum, expo, contest or ceremony.";
        Interface<EntityGraphType>();
        IsTypeOf = source => source is Entity { Type: EntityTypes.Event };
        EntityFields.AddTo(this, withResolvers: true);
    }
}
