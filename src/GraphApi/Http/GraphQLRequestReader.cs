using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.GraphApi.Graph.Errors;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>
/// Reads a GraphQL request from GET query parameters or a POST JSON body, refusing what GraphQL over HTTP refuses:
/// other content types (415), bodies over the size limit (413), unparsable JSON and a missing query (400).
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public (GraphQLRequest? Request, RequestProblem? Problem) ReadGet(HttpRequest http)
    {
        var query = http.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, BadRequest("A GET request needs the 'query' parameter."));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(http.Query["operationName"].ToString()),
                Variables = ParseInputs(http.Query["variables"].ToString()),
                Extensions = ParseInputs(http.Query["extensions"].ToString()),
            }, null);
        }
        catch (Exception e) when (IsJsonProblem(e))
        {
            return (null, BadRequest("The 'variables' or 'extensions' parameter is not a JSON object."));
        }
    }

    /// <summary>A POST body as text, checked for its content type (415) and size (413) but not yet parsed.</summary>
    public async Task<(string? Body, RequestProblem? Problem)> ReadPostBodyAsync(HttpRequest http, int maxBytes, CancellationToken ct)
    {
        if (!GraphQLMediaTypes.IsJson(http.ContentType))
        {
            return (null, new RequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                $"POST bodies must be {GraphQLMediaTypes.Json} (UTF-8); got '{http.ContentType}'."));
        }

        var body = await ReadLimitedAsync(http, maxBytes, ct);
        return body is null
            ? (null, new RequestProblem(
                StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {maxBytes} bytes."))
            : (body, null);
    }

    /// <summary>The request a POST body (from <see cref="ReadPostBodyAsync"/>) carries.</summary>
    public (GraphQLRequest? Request, RequestProblem? Problem) ParsePost(string body)
    {
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception e) when (IsJsonProblem(e))
        {
            return (null, BadRequest("The body is not a JSON object of the form {\"query\": …, \"variables\": {…}, \"operationName\": …}."));
        }

        return string.IsNullOrWhiteSpace(request?.Query)
            ? (null, BadRequest("The body has no 'query'."))
            : (request, null);
    }

    /// <summary>The body as text, or null when it is larger than allowed (checked while reading: Content-Length may be absent).</summary>
    private static async Task<string?> ReadLimitedAsync(HttpRequest http, int maxBytes, CancellationToken ct)
    {
        if (http.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private Inputs? ParseInputs(string json) => string.IsNullOrWhiteSpace(json) ? null : serializer.Deserialize<Inputs>(json);

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static RequestProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    // GraphQL.NET's converters throw JsonException for bad JSON, but InvalidOperationException/FormatException for JSON of
    // the wrong shape (an array where an object belongs); all of them mean the client sent something we cannot read.
    private static bool IsJsonProblem(Exception e) => e is JsonException or InvalidOperationException or FormatException or NotSupportedException;
}
