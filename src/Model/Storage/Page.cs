namespace KnowledgeGraph.Model.Storage;

/// <summary>One page of a list; <see cref="EndCursor"/> continues it. Cursors are opaque to callers.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor, IReadOnlyList<string> Cursors);
