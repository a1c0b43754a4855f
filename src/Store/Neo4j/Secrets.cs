namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Keeps credentials out of messages: a URI may carry user:password in its user-info part.</summary>
internal static class Secrets
{
    public static string RedactUri(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            return "(no uri)";
        }

        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return "(invalid uri)";
        }

        return string.IsNullOrEmpty(parsed.UserInfo) ? parsed.GetLeftPart(UriPartial.Path) : new UriBuilder(parsed) { UserName = "", Password = "" }.Uri.GetLeftPart(UriPartial.Path);
    }
}
