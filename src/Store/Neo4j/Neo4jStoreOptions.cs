namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Settings of the Neo4j store, bound from <c>Store:Neo4j</c> (and so from environment variables such as
/// <c>Store__Neo4j__Password</c>). <see cref="ToString"/> never shows the password or the token.
/// </summary>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP(S) address: <c>http://localhost:7474</c>, or <c>https://xxxx.databases.neo4j.io</c> for Aura.</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic authentication; leave both empty for a server without authentication or when a token is given.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bearer authentication (SSO, Aura API tokens); used instead of user and password when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request may take.</summary>
    public int RequestTimeoutSeconds { get; set; } = 60;

    /// <summary>Rows per <c>UNWIND $rows</c> statement; a batch larger than this runs several statements in its one transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Retries after a transient failure (Neo.TransientError.*, 503, connection reset), with exponential backoff and jitter.</summary>
    public int MaxRetries { get; set; } = 5;

    public int RetryBaseDelayMilliseconds { get; set; } = 200;

    public int RetryMaxDelayMilliseconds { get; set; } = 5000;

    /// <summary>
    /// Most entities a broker ranking's scope may hold: its subgraph is read whole (betweenness is computed in the store, as
    /// Cypher has no Brandes without GDS), so a larger scope is refused with this setting's name instead of exhausting memory.
    /// </summary>
    public int MaxScopeNodes { get; set; } = 250_000;

    /// <summary>The folder holding the statement files; default: <c>cypher/</c> beside the binary.</summary>
    public string? CypherPath { get; set; }

    /// <summary>Safe to log: credentials are shown only as whether they are set.</summary>
    public override string ToString() =>
        $"Neo4j {Secrets.RedactUri(Uri)} database={Database} user={User ?? "(none)"} password={(string.IsNullOrEmpty(Password) ? "(none)" : "***")} " +
        $"bearerToken={(string.IsNullOrEmpty(BearerToken) ? "(none)" : "***")} batchSize={BatchSize} maxRetries={MaxRetries}";
}
