using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Neo4j.Statements;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>
/// One HTTP exchange with Neo4j's Query API: <c>POST /db/{database}/query/v2</c> (an implicit transaction) and the
/// explicit-transaction endpoints under <c>/db/{database}/query/v2/tx</c>. Requests are plain JSON; results are asked
/// for as typed JSON (<see cref="TypedJsonMediaType"/>) so integers, dates and nulls read back exactly.
/// Every failure becomes a <see cref="Neo4jQueryException"/> that says whether a retry may help.
/// </summary>
internal sealed class QueryApiClient : IDisposable
{
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    /// <summary>Names the cluster member holding an open transaction; sent back on every later request of that transaction.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly string _queryPath;
    private readonly string _redactedServer;

    public QueryApiClient(Neo4jStoreOptions options, HttpMessageHandler? handler = null)
    {
        var root = new Uri(options.Uri!.TrimEnd('/') + "/");
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = root;
        _http.Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        _http.DefaultRequestHeaders.Authorization = Authorization(options);
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _redactedServer = Secrets.RedactUri(options.Uri);
    }

    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, _queryPath, Body(statement, parameters), null, statement.Name, ct);

    /// <summary>Opens an explicit transaction with its first statement; the result carries the transaction id and affinity.</summary>
    public Task<QueryResult> BeginAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, _queryPath + "/tx", Body(statement, parameters), null, statement.Name, ct);

    public Task<QueryResult> RunInAsync(
        string transactionId, string? affinity, CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, TransactionPath(transactionId), Body(statement, parameters), affinity, statement.Name, ct);

    public Task<QueryResult> CommitAsync(string transactionId, string? affinity, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, TransactionPath(transactionId) + "/commit", null, affinity, "commit", ct);

    public Task<QueryResult> RollbackAsync(string transactionId, string? affinity, CancellationToken ct) =>
        SendAsync(HttpMethod.Delete, TransactionPath(transactionId), null, affinity, "rollback", ct);

    public void Dispose() => _http.Dispose();

    private string TransactionPath(string transactionId) => $"{_queryPath}/tx/{Uri.EscapeDataString(transactionId)}";

    private static AuthenticationHeaderValue? Authorization(Neo4jStoreOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }

        return string.IsNullOrEmpty(options.User)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    private static byte[] Body(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters)
    {
        statement.CheckParameters(parameters.Keys);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            ParameterJson.Write(writer, parameters);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task<QueryResult> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity, string what, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, ct);
            text = await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            var reason = e is TaskCanceledException ? "timed out" : "failed: " + e.Message;
            throw new Neo4jQueryException($"Neo4j {what} at {_redactedServer} {reason}", null, null, isTransient: true, e);
        }

        using (response)
        {
            return ResponseReader.Read(response, text, what, _redactedServer);
        }
    }

    /// <summary>Turns a response into a result or the error it reports.</summary>
    private static class ResponseReader
    {
        public static QueryResult Read(HttpResponseMessage response, string text, string what, string server)
        {
            JsonDocument? document = null;
            try
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    document = JsonDocument.Parse(text);
                }
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                // An error page from a proxy or load balancer: the status says enough.
            }
            catch (JsonException e)
            {
                throw new Neo4jProtocolException($"Neo4j {what}: the response is not JSON ({e.Message}).");
            }

            using (document)
            {
                var root = document?.RootElement;
                if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
                {
                    var first = errors[0];
                    var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                    var transient = code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true
                        || response.StatusCode == HttpStatusCode.ServiceUnavailable;
                    throw new Neo4jQueryException($"Neo4j {what} failed: {code}: {message}", code, response.StatusCode, transient);
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new Neo4jQueryException(
                        $"Neo4j {what} at {server} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.",
                        null, response.StatusCode, isTransient: response.StatusCode is HttpStatusCode.ServiceUnavailable);
                }

                var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
                return root is { ValueKind: JsonValueKind.Object } ok ? Result(ok, affinity) : new QueryResult([], [], null, affinity);
            }
        }

        private static QueryResult Result(JsonElement root, string? affinity)
        {
            var transactionId = root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null;
            if (!root.TryGetProperty("data", out var data))
            {
                return new QueryResult([], [], transactionId, affinity);
            }

            var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
            var index = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
            var rows = data.GetProperty("values").EnumerateArray()
                .Select(row =>
                {
                    var values = row.EnumerateArray().Select(TypedJson.Read).ToList();
                    return values.Count == fields.Count
                        ? new QueryRow(index, values)
                        : throw new Neo4jProtocolException($"A result row has {values.Count} values for {fields.Count} fields.");
                })
                .ToList();
            return new QueryResult(fields, rows, transactionId, affinity);
        }
    }
}
