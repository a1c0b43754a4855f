namespace KnowledgeGraph.Model.Curation;

/// <summary>
/// The arguments of a decision (which fields are set depends on its <see cref="DecisionKind"/>), stored as JSON. It also
/// keeps what the analyst saw when deciding (the relation's ends, the target's name), so the decision re-applies the same
/// way later without asking the graph what it looked like then.
/// </summary>
public sealed record DecisionPayload
{
    public string? EntityId { get; init; }
    public string? IntoId { get; init; }
    public string? ArticleId { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string? Name { get; init; }
    public string? EntityKind { get; init; }

    /// <summary>The entity type of <c>EntityId</c> (a split gives it to the split-off entity).</summary>
    public string? EntityType { get; init; }
    public string? Alias { get; init; }
    public string? RelationId { get; init; }
    public string? RelationType { get; init; }
    public string? SourceId { get; init; }
    public string? TargetId { get; init; }
    public string? Note { get; init; }
    public long? UndoesSeq { get; init; }

    /// <summary>The name and kind <c>EntityId</c> had before the decision: what an undo puts back.</summary>
    public string? PriorName { get; init; }

    public string? PriorKind { get; init; }
}
