using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>Media types of GraphQL over HTTP, and which one a client accepts.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an Accept header: graphql-response+json when the client lists it at least as high as JSON,
    /// JSON for legacy clients (no Accept, */*, application/json), null when it accepts neither.
    /// </summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var candidate = Match(range);
            if (candidate is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse)))
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static string? Match(MediaTypeHeaderValue range) => range.MediaType.Value?.ToLowerInvariant() switch
    {
        GraphQLResponse => GraphQLResponse,
        Json or "application/*" or "*/*" => Json,
        _ => null,
    };
}
