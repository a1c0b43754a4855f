using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>
/// Parsed documents that already passed the document-only checks (GraphQL.NET's core validation rules and the
/// expanded-selection count), by query text. Dashboards send the same few documents with different variables; for them
/// parsing and the core rules (more than a third of a simple lookup's CPU time, measured) are paid once, not per request.
/// What depends on the request is still checked every time: variable values, the caller (mutations need a key), GET vs
/// POST, and the depth/complexity analysis (page sizes can come from variables). This is GraphQL.NET's own caching model
/// (a cache hit runs only <c>ExecutionOptions.CachedDocumentValidationRules</c>), kept here because the handler parses
/// the document itself. Bounded: at most <see cref="MaxEntries"/> documents of at most <see cref="MaxQueryLength"/>
/// characters; when full it is emptied and refills with what is asked next, so unique queries cannot grow it.
/// </summary>
public sealed class ValidatedDocumentCache
{
    public const int MaxEntries = 1000;
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public GraphQLDocument? Get(string query) => _documents.GetValueOrDefault(query);

    /// <summary>Remembers a document that passed validation in full and executed.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength)
        {
            return;
        }

        if (_documents.Count >= MaxEntries)
        {
            _documents.Clear();
        }

        _documents.TryAdd(query, document);
    }
}
