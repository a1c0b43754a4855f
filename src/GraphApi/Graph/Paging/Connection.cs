namespace KnowledgeGraph.GraphApi.Graph.Paging;

/// <summary>One page of a list in the Relay shape: edges with cursors, page info, and the size of the whole list.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
