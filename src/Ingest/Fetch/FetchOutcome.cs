using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>One input read or fetched: its document, or why it could not be had. A failed input never stops the batch.</summary>
public sealed record FetchOutcome(string Input, RawDocument? Document, string? Error)
{
    public static FetchOutcome Success(string input, RawDocument document) => new(input, document, null);

    public static FetchOutcome Failure(string input, string error) => new(input, null, error);
}
