using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A <see cref="BrokerRanking"/> with its page as a Relay connection.</summary>
public sealed record BrokerRankingResult(Connection<Broker> Brokers, int ScopeNodes, int ScopeEdges, bool Sampled);
