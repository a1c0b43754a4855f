using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Which side of a relation the entity is on. Symmetric relations (PARTNERS_WITH, MET_WITH) count as both.</summary>
public sealed class RelationDirectionEnum : EnumerationGraphType
{
    public RelationDirectionEnum()
    {
        Name = "RelationDirection";
        Description = "Which relations of an entity to list, relative to that entity.";
        Add("BOTH", RelationDirection.Both, "Relations in either direction.");
        Add("OUTGOING", RelationDirection.Outgoing, "Relations the entity is the source of (it founded, it is a member of …).");
        Add("INCOMING", RelationDirection.Incoming, "Relations the entity is the target of (was founded by, has as member …).");
    }
}
