namespace KnowledgeGraph.Ingest.Load;

/// <summary>What an ingest run did: documents and articles stored, what was written, and each input that failed and why.</summary>
public sealed record IngestReport(int Documents, int Articles, int EntitiesWritten, int RelationsWritten, IReadOnlyList<IngestFailure> Failures)
{
    public static IngestReport Empty { get; } = new(0, 0, 0, 0, []);

    public IngestReport Add(IngestReport other) => new(
        Documents + other.Documents,
        Articles + other.Articles,
        EntitiesWritten + other.EntitiesWritten,
        RelationsWritten + other.RelationsWritten,
        [.. Failures, .. other.Failures]);
}

/// <summary>An input that was not ingested, with a reason a user can act on.</summary>
public sealed record IngestFailure(string Input, string Reason);
