namespace KnowledgeGraph.Model.Curation;

/// <summary>One entry of the append-only decision log: what, who (the API key's name), when and why.</summary>
/// <param name="Seq">Position in the log; decisions apply in this order.</param>
public sealed record Decision(long Seq, DecisionKind Kind, DecisionPayload Payload, string Actor, string? Reason, DateTimeOffset CreatedAt)
{
    /// <summary>The undo decision that took this one back, if any.</summary>
    public long? UndoneBy { get; init; }

    public bool IsActive => UndoneBy is null && Kind != DecisionKind.Undo;

    /// <summary>
    /// The entity a split creates. Derived from the decision alone, so re-applying the split (re-ingest, re-extract, rebuild)
    /// always gives the same id.
    /// </summary>
    public string? SplitEntityId() => Kind == DecisionKind.Split && Payload.EntityType is { } type ? Ids.Entity(type, "split#" + Seq) : null;
}
