using System.Globalization;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>One result row, read by field name with the conversions the store's statements need.</summary>
internal sealed class QueryRow(IReadOnlyDictionary<string, int> fields, IReadOnlyList<object?> values)
{
    public object? this[string field] => fields.TryGetValue(field, out var i)
        ? values[i]
        : throw new Neo4jProtocolException($"The result has no field '{field}' (fields: {string.Join(", ", fields.Keys)}).");

    public string String(string field) => NullableString(field) ?? throw Null(field);

    public string? NullableString(string field) => this[field] switch
    {
        null => null,
        string s => s,
        var other => throw Mismatch(field, "String", other),
    };

    public long Long(string field) => this[field] switch
    {
        long l => l,
        null => throw Null(field),
        var other => throw Mismatch(field, "Integer", other),
    };

    public int Int(string field) => checked((int)Long(field));

    public bool Bool(string field) => this[field] switch
    {
        bool b => b,
        null => throw Null(field),
        var other => throw Mismatch(field, "Boolean", other),
    };

    /// <summary>A number stored as Integer (1) or Float (0.8) alike.</summary>
    public double Double(string field) => ToDouble(field, this[field]);

    public DateOnly? Date(string field) => this[field] switch
    {
        null => null,
        DateOnly d => d,
        var other => throw Mismatch(field, "Date", other),
    };

    public DateTimeOffset? Instant(string field) => this[field] switch
    {
        null => null,
        DateTimeOffset d => d,
        var other => throw Mismatch(field, "DateTime", other),
    };

    /// <summary>A list property; a missing property (null) reads as empty.</summary>
    public IReadOnlyList<string> Strings(string field) => List(field).Select((v, i) => v as string ?? throw Mismatch($"{field}[{i}]", "String", v)).ToList();

    public IReadOnlyList<int> Ints(string field) =>
        List(field).Select((v, i) => v is long l ? checked((int)l) : throw Mismatch($"{field}[{i}]", "Integer", v)).ToList();

    /// <summary>A list of maps (a page a statement collected, with its total, into one row), each read like a row.</summary>
    public IReadOnlyList<QueryRow> Rows(string field) => List(field).Select((v, i) => v is IReadOnlyDictionary<string, object?> map
        ? new QueryRow(map.Keys.Select((k, j) => (k, j)).ToDictionary(p => p.k, p => p.j, StringComparer.Ordinal), map.Values.ToList())
        : throw Mismatch($"{field}[{i}]", "Map", v)).ToList();

    private IReadOnlyList<object?> List(string field) => this[field] switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        var other => throw Mismatch(field, "List", other),
    };

    private static double ToDouble(string field, object? value) => value switch
    {
        double d => d,
        long l => l,
        null => throw Null(field),
        var other => throw Mismatch(field, "Float", other),
    };

    private static Neo4jProtocolException Null(string field) => new($"Field '{field}' is null where the store expects a value.");

    private static Neo4jProtocolException Mismatch(string field, string expected, object? actual) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Field '{field}' is {actual?.GetType().Name ?? "null"}, expected {expected}."));
}
