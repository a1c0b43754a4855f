namespace KnowledgeGraph.Store.Neo4j;

/// <summary>What makes <see cref="Neo4jStoreOptions"/> usable; checked when the Neo4j store is created, so start-up fails with the reason.</summary>
internal static class Neo4jOptionsCheck
{
    public static IReadOnlyList<string> Problems(Neo4jStoreOptions o)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(o.Uri) || !System.Uri.TryCreate(o.Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add("Store:Neo4j:Uri must be the server's http:// or https:// address (the Query API; bolt:// and neo4j:// are driver protocols).");
        }
        else if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            problems.Add("Store:Neo4j:Uri must not carry credentials; set Store:Neo4j:User and Store:Neo4j:Password (or BearerToken).");
        }

        if (string.IsNullOrWhiteSpace(o.Database))
        {
            problems.Add("Store:Neo4j:Database must name a database.");
        }

        if (string.IsNullOrEmpty(o.BearerToken) && string.IsNullOrEmpty(o.User) != string.IsNullOrEmpty(o.Password))
        {
            problems.Add("Store:Neo4j:User and Store:Neo4j:Password go together.");
        }

        if (o.RequestTimeoutSeconds <= 0 || o.BatchSize <= 0 || o.MaxRetries < 0 || o.RetryBaseDelayMilliseconds < 0 || o.RetryMaxDelayMilliseconds < o.RetryBaseDelayMilliseconds)
        {
            problems.Add("Store:Neo4j timeouts, BatchSize and retry settings must be positive (RetryMaxDelayMilliseconds at least the base delay).");
        }

        if (o.MaxScopeNodes <= 0)
        {
            problems.Add("Store:Neo4j:MaxScopeNodes must be positive.");
        }

        return problems;
    }
}
