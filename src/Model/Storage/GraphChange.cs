using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Storage;

/// <summary>An entity or a relation that ingestion added or supported anew; exactly one of the two is set.</summary>
/// <param name="At">When the latest article supporting it was ingested.</param>
public sealed record GraphChange(ChangeKind Kind, DateTimeOffset At, Entity? Entity, Relation? Relation);
