namespace KnowledgeGraph.Model.Storage;

/// <summary>Forward cursor paging: at most <see cref="First"/> items after the opaque cursor <see cref="After"/>.</summary>
public sealed record PageRequest(int First, string? After = null);
