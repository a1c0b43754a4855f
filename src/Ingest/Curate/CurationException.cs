namespace KnowledgeGraph.Ingest.Curate;

public enum CurationError
{
    /// <summary>An entity, relation, article or decision named by the request does not exist.</summary>
    NotFound,

    /// <summary>The request is malformed or breaks a rule (merging an entity into itself, a relation the ontology forbids).</summary>
    BadInput,

    /// <summary>The request clashes with the log (undoing a decision twice).</summary>
    Conflict,

    /// <summary>The configured graph store cannot re-derive curated facts (Neo4j).</summary>
    NotSupported,
}

/// <summary>A curation request refused before anything was written; the API maps <see cref="Error"/> to a stable code.</summary>
public sealed class CurationException(CurationError error, string message) : Exception(message)
{
    public CurationError Error { get; } = error;
}
