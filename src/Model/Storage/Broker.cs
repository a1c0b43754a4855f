using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Storage;

/// <summary>A ranked broker: its degree within the scope and, when ranked by betweenness, its betweenness there.</summary>
public sealed record Broker(Entity Entity, int Degree, double? Betweenness);
