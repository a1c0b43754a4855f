namespace KnowledgeGraph.Ingest.Curate;

/// <summary>What a re-extraction changed: by id, entities and relations that appeared, disappeared or differ.</summary>
public sealed record ReextractReport(
    int Articles,
    int EntitiesAdded,
    int EntitiesRemoved,
    int EntitiesChanged,
    int RelationsAdded,
    int RelationsRemoved,
    int RelationsChanged,
    int DecisionsApplied);
