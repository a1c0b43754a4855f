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
/// <para>
/// The depth/complexity analysis is skipped too for a document whose cost cannot change between requests: one operation
/// (the operation name cannot pick another) and variables only of types ID and String (page sizes are Int, @skip/@include
/// take Boolean: only those change the estimate). It passed once, so it passes again.
/// </para>
/// </summary>
public sealed class ValidatedDocumentCache
{
    /// <summary>A validated document and, when its depth and complexity are fixed by its text alone, its one operation.</summary>
    public sealed record Entry(GraphQLDocument Document, GraphQLOperationDefinition? FixedCostOperation)
    {
        public bool FixedCost => FixedCostOperation is not null;
    }

    public const int MaxEntries = 1000;
    public const int MaxQueryLength = 16 * 1024;

    private static readonly HashSet<string> CostFreeVariableTypes = new(StringComparer.Ordinal) { "ID", "String" };

    private readonly ConcurrentDictionary<string, Entry> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public Entry? Lookup(string query) => _documents.GetValueOrDefault(query);

    public GraphQLDocument? Get(string query) => Lookup(query)?.Document;

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

        _documents.TryAdd(query, new Entry(document, FixedCostOperation(document)));
    }

    public static bool HasFixedCost(GraphQLDocument document) => FixedCostOperation(document) is not null;

    private static GraphQLOperationDefinition? FixedCostOperation(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operations.Count == 1 && (operations[0].Variables?.Items ?? []).All(v => CostFreeVariableTypes.Contains(NamedType(v.Type)))
            ? operations[0]
            : null;
    }

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => "",
    };
}
