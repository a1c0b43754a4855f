using GraphQL.Types;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>What a curation decision does.</summary>
public sealed class DecisionKindEnum : EnumerationGraphType<DecisionKind>
{
    public DecisionKindEnum()
    {
        Name = "DecisionKind";
        Description = "MERGE, SPLIT, SET_ENTITY (name/kind), ADD_ALIAS, REMOVE_ALIAS, CONFIRM_RELATION, REJECT_RELATION, ADD_RELATION, KEEP_APART (a rejected duplicate candidate), UNDO.";
    }
}
