namespace KnowledgeGraph.Model.Storage;

/// <summary>How brokers are ranked.</summary>
public enum BrokerMeasure
{
    /// <summary>Distinct neighbours within the scope.</summary>
    Degree,

    /// <summary>Share of shortest paths between other scope nodes that pass through the entity (undirected, unweighted).</summary>
    Betweenness,
}
