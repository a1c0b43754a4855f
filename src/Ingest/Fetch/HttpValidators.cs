namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>
/// The validators a server gave for a response (ETag, Last-Modified), kept between runs and sent back as
/// If-None-Match / If-Modified-Since so an unchanged page costs a 304 and no body.
/// </summary>
public sealed record HttpValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
