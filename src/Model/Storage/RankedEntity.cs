using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Storage;

/// <summary>An entity and the score it was ranked by.</summary>
public sealed record RankedEntity(Entity Entity, double Score);
