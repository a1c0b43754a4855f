using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>One input read or fetched: its document, or why it could not be had. A failed input never stops the batch.</summary>
public sealed record FetchOutcome(string Input, RawDocument? Document, string? Error)
{
    /// <summary>The HTTP status of the last response, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The server answered 304 to a conditional request: the held copy is current, there is no document.</summary>
    public bool NotModified { get; init; }

    /// <summary>The failure may go away on its own (5xx, 408, 429, timeout, connection reset), so a retry is worth it.</summary>
    public bool Transient { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After on 429/503), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The validators of the response, to send back next time.</summary>
    public HttpValidators? Validators { get; init; }

    /// <summary>The URL the body came from after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    public static FetchOutcome Success(string input, RawDocument document) => new(input, document, null);

    public static FetchOutcome Failure(string input, string error) => new(input, null, error);

    public static FetchOutcome TransientFailure(string input, string error) => new(input, null, error) { Transient = true };
}
