namespace KnowledgeGraph.Model.Storage;

/// <summary>A page of brokers and the size of the subgraph they were ranked in.</summary>
/// <param name="Sampled">Betweenness was estimated from a sample of source nodes because the scope was larger than allowed.</param>
public sealed record BrokerRanking(Page<Broker> Page, int ScopeNodes, int ScopeEdges, bool Sampled);
