namespace KnowledgeGraph.Ingest.Load;

/// <summary>Section <c>Ingest</c>: how many documents are committed in one store transaction.</summary>
public sealed class IngestOptions
{
    /// <summary>
    /// Documents per write; a failing batch is retried one document at a time. Every id is a random key, so each write
    /// rewrites one index page per new entry until a batch has more entries than an index has pages; larger batches
    /// share pages. Measured (bench/RESULTS.md, 60,000-article back-catalogue): 512 took 2.4 ms and wrote 0.40 MiB per
    /// article, against 3.9 ms and 0.75 MiB with 128 (1024: 2.1 ms, 0.28 MiB, for twice the documents held at once).
    /// </summary>
    public int BatchSize { get; set; } = 512;
}
