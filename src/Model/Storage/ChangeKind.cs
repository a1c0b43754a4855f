namespace KnowledgeGraph.Model.Storage;

/// <summary>What a change did to the graph.</summary>
public enum ChangeKind
{
    /// <summary>Every article supporting it was ingested since the date: it is new.</summary>
    Added,

    /// <summary>It was known before and a newer article supports it again (new evidence or mention).</summary>
    Updated,
}
