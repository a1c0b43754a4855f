namespace KnowledgeGraph.Model.Storage;

/// <summary>Counts for the stats verb and dashboards.</summary>
public sealed record StoreStats(
    int Articles,
    int Entities,
    int Relations,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationsByType);
