namespace KnowledgeGraph.Model.Graph;

/// <summary>A path from one entity to another: Nodes[i] -- Edges[i] -- Nodes[i+1]. Edges may be walked against their direction.</summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Edges);
