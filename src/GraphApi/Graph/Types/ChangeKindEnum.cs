using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>What a change did.</summary>
public sealed class ChangeKindEnum : EnumerationGraphType<ChangeKind>
{
    public ChangeKindEnum()
    {
        Name = "ChangeKind";
        Description = "ADDED: every article supporting it was ingested since the date. UPDATED: known before, supported again by a newer article.";
    }
}
