namespace KnowledgeGraph.Model.Graph;

/// <summary>Nodes and edges in a shape a graph view can draw directly. <see cref="Truncated"/> says a cap cut it.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);
