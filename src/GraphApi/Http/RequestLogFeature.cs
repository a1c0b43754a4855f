namespace KnowledgeGraph.GraphApi.Http;

/// <summary>What the GraphQL endpoint learnt about a request, for the one log line the request logger writes at the end.</summary>
public sealed class RequestLogFeature
{
    public string? OperationName { get; set; }

    /// <summary>The API key's name, never the key.</summary>
    public string? Caller { get; set; }

    public IReadOnlyList<string>? ErrorCodes { get; set; }

    public static RequestLogFeature Of(HttpContext http)
    {
        var feature = http.Features.Get<RequestLogFeature>();
        if (feature is null)
        {
            feature = new RequestLogFeature();
            http.Features.Set(feature);
        }

        return feature;
    }
}
