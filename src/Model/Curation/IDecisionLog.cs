namespace KnowledgeGraph.Model.Curation;

/// <summary>
/// The curation port: analysts' decisions, kept apart from extracted facts (which a re-ingest or re-extraction replaces)
/// and never deleted. The curated graph is a function of the extracted facts and the active decisions in sequence order.
/// </summary>
public interface IDecisionLog
{
    Task<Decision> AppendAsync(NewDecision decision, CancellationToken ct = default);

    /// <summary>
    /// Appends an <see cref="DecisionKind.Undo"/> of <paramref name="seq"/> and marks it undone, in one transaction.
    /// Throws <see cref="InvalidOperationException"/> when it is already undone or is itself an undo.
    /// </summary>
    Task<Decision> UndoAsync(long seq, string actor, string? reason, CancellationToken ct = default);

    Task<Decision?> GetAsync(long seq, CancellationToken ct = default);

    /// <summary>Decisions in force (not undone, not undos), oldest first: the order they apply in.</summary>
    Task<IReadOnlyList<Decision>> ActiveAsync(CancellationToken ct = default);

    /// <summary>The whole audit trail, undone decisions and undos included, oldest first.</summary>
    Task<IReadOnlyList<Decision>> AllAsync(CancellationToken ct = default);
}
