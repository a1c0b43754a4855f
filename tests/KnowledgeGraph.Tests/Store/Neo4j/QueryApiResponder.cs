using System.Text.Json;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// A real HTTP endpoint (Kestrel on loopback) that answers like Neo4j's Query API: 202 with
/// <c>{"data": {"fields", "values"}, "bookmarks"}</c> in typed JSON, a <c>transaction</c> object and a
/// <c>neo4j-cluster-affinity</c> header when a transaction is opened, <c>{"errors": [{"code", "message"}]}</c> on failure.
/// What it answers per statement is up to the test (<see cref="Answer"/>); it records every request it gets.
/// </summary>
public sealed class QueryApiResponder : IAsyncDisposable
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private readonly List<RecordedRequest> _requests = [];
    private readonly Dictionary<string, string> _namesByText;
    private LocalWebServer _server = null!;
    private int _transactions;

    private QueryApiResponder()
    {
        var catalog = CypherCatalog.Load();
        _namesByText = StatementNames.Required.Concat(catalog.Schema.Select(s => s.Name))
            .ToDictionary(n => catalog[n].Text, n => n, StringComparer.Ordinal);
    }

    /// <summary>The reply to one statement, by statement name; by default an empty result.</summary>
    public Func<RecordedRequest, Reply> Answer { get; set; } = _ => Reply.Rows([]);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<QueryApiResponder> StartAsync()
    {
        var responder = new QueryApiResponder();
        responder._server = await LocalWebServer.StartAsync(app => app.Map("{**path}", responder.HandleAsync));
        return responder;
    }

    public Neo4jStoreOptions Options(Action<Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions
        {
            Uri = _server.Root.ToString(),
            Database = "kg",
            User = "neo4j",
            Password = "s3cret-pässword",
            RetryBaseDelayMilliseconds = 1,
            RetryMaxDelayMilliseconds = 5,
            MaxRetries = 3,
        };
        configure?.Invoke(options);
        return options;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        string? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        }

        JsonElement? json = body is { Length: > 0 } ? JsonDocument.Parse(body).RootElement.Clone() : null;
        var text = json?.TryGetProperty("statement", out var s) == true ? s.GetString() : null;
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            text is null ? null : _namesByText.GetValueOrDefault(text, "(unknown statement)"),
            text,
            json?.TryGetProperty("parameters", out var p) == true ? p : null,
            context.Request.ContentType);
        lock (_requests)
        {
            _requests.Add(request);
        }

        var opensTransaction = request.Method == "POST" && request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal);
        var reply = request.Statement is null ? Reply.Rows([]) : Answer(request);
        if (reply.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/vnd.neo4j.query";
        var payload = new Dictionary<string, object?>(reply.Body);
        if (opensTransaction && reply.Status < 400)
        {
            var id = "tx" + Interlocked.Increment(ref _transactions);
            context.Response.Headers["neo4j-cluster-affinity"] = Affinity;
            payload["transaction"] = new Dictionary<string, object?> { ["id"] = id, ["expires"] = "2030-01-01T00:00:30Z" };
        }

        await context.Response.WriteAsync(JsonSerializer.Serialize(payload));
    }
}
