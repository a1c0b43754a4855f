namespace KnowledgeGraph.Model.Graph;

/// <summary>An entity (an alliance, say) that links several of the given entities, with the relations that link them.</summary>
public sealed record LinkingEntity(Entity Entity, IReadOnlyList<Relation> Links)
{
    /// <summary>How many of the given entities it links.</summary>
    public int LinkedCount => Links.Select(l => l.SourceId == Entity.Id ? l.TargetId : l.SourceId).Distinct().Count();
}
