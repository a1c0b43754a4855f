namespace KnowledgeGraph.Model.Storage;

/// <summary>What top-N lists rank entities by.</summary>
public enum EntityMeasure
{
    /// <summary>Relations touching the entity (either direction).</summary>
    Relations,

    /// <summary>Distinct entities related to it.</summary>
    Neighbors,

    /// <summary>Distinct articles that mention it.</summary>
    Articles,
}
