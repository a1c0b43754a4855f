namespace KnowledgeGraph.Ingest.Parse;

/// <summary>An input that cannot be turned into articles (empty, binary, undecodable), with a message a user can act on.</summary>
public sealed class InvalidDocumentException(string origin, string reason) : Exception($"{origin}: {reason}")
{
    public string Origin { get; } = origin;
    public string Reason { get; } = reason;
}
