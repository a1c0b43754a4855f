namespace KnowledgeGraph.Ingest.Load;

/// <summary>Section <c>Ingest</c>: how many documents are committed in one store transaction.</summary>
public sealed class IngestOptions
{
    /// <summary>Documents per write. Larger batches write faster; a failing batch is retried one document at a time.</summary>
    public int BatchSize { get; set; } = 32;
}
