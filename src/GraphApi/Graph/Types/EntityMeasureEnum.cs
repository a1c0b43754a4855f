using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>What top-N lists rank by.</summary>
public sealed class EntityMeasureEnum : EnumerationGraphType<EntityMeasure>
{
    public EntityMeasureEnum()
    {
        Name = "EntityMeasure";
        Description = "RELATIONS: relations touching the entity. NEIGHBORS: distinct entities related to it. ARTICLES: distinct articles mentioning it.";
    }
}
