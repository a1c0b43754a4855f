namespace KnowledgeGraph.GraphApi.Graph.Paging;

/// <summary>Where a page sits in its list: pass <see cref="EndCursor"/> as <c>after</c> to get the next one.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
