namespace KnowledgeGraph.Model.Curation;

/// <summary>What an analyst decided. Stored by name in the decision log, so the order of members is free to change.</summary>
public enum DecisionKind
{
    /// <summary>Entity <c>EntityId</c> is the same as <c>IntoId</c>: its mentions, names and relations move there.</summary>
    Merge,

    /// <summary>One mention of <c>EntityId</c> is another entity: it (and the evidence it anchors) moves to a new entity.</summary>
    Split,

    /// <summary>Sets the canonical name and/or the organization kind of <c>EntityId</c>.</summary>
    SetEntity,

    AddAlias,
    RemoveAlias,

    /// <summary>The relation is right: its confidence becomes 1.</summary>
    ConfirmRelation,

    /// <summary>The relation is wrong: it is left out of the graph, whatever the extractor finds again.</summary>
    RejectRelation,

    /// <summary>A relation stated by the analyst (no article evidence), with a note.</summary>
    AddRelation,

    /// <summary>Two entities the candidate queue offered as duplicates are distinct; only hides the candidate.</summary>
    KeepApart,

    /// <summary>Takes back decision <c>UndoesSeq</c>.</summary>
    Undo,
}
