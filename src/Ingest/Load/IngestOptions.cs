namespace KnowledgeGraph.Ingest.Load;

/// <summary>Section <c>Ingest</c>: how many documents are committed in one store transaction.</summary>
public sealed class IngestOptions
{
    /// <summary>
    /// Documents per write; a failing batch is retried one document at a time. Ids are random keys, so a batch's index
    /// entries land all over each index: while an index has fewer pages than a batch has entries for it, every batch
    /// rewrites nearly all of its pages, and the write cost per batch grows with the store. A larger batch shares that
    /// cost among more articles. Measured (bench/HISTORY.md, 30,000-article back-catalogue, 1 GiB write cache): 2048 took
    /// 1.5 ms and wrote 0.09 MiB per article, 512 took 1.6–1.7 ms and wrote 0.23 MiB; the price is memory, up to two
    /// batches of extracted documents at once (roughly 30 KB each).
    /// </summary>
    public int BatchSize { get; set; } = 2048;
}
