namespace KnowledgeGraph.GraphApi.Security;

/// <summary>Who is calling, as far as the API key tells: anonymous, a named key holder, or someone whose key is wrong.</summary>
public sealed record ApiCaller(ApiCallerKind Kind, string? KeyName)
{
    public static ApiCaller Anonymous { get; } = new(ApiCallerKind.Anonymous, null);
    public static ApiCaller Rejected { get; } = new(ApiCallerKind.Rejected, null);

    public static ApiCaller Authenticated(string keyName) => new(ApiCallerKind.Authenticated, keyName);

    public bool IsAuthenticated => Kind == ApiCallerKind.Authenticated;
}
