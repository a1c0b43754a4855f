namespace KnowledgeGraph.GraphApi.Graph.Paging;

/// <summary>An item of a page and the cursor that continues the list after it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
