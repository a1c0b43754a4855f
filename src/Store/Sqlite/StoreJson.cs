using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>The JSON the store keeps in columns (property maps) and passes as parameters (id lists for json_each).</summary>
internal static class StoreJson
{
    // Chinese text stays readable in the file (a sqlite3 shell shows 广州, not \u5E7F\u5DDE).
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string EmptyObject = "{}";

    /// <summary>Keys in ordinal order, so the same map always serialises to the same text.</summary>
    public static string Properties(IReadOnlyDictionary<string, string> properties) =>
        properties.Count == 0
            ? EmptyObject
            : JsonSerializer.Serialize(new SortedDictionary<string, string>(properties.ToDictionary(), StringComparer.Ordinal), Options);

    public static IReadOnlyDictionary<string, string> ParseProperties(string json) =>
        json == EmptyObject ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options)!;

    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values, Options);

    /// <summary>[[a, b], …]: pairs for a json_each read as value ->> 0 and value ->> 1.</summary>
    public static string Pairs(IEnumerable<(string First, string Second)> pairs) =>
        JsonSerializer.Serialize(pairs.Select(p => new[] { p.First, p.Second }), Options);

    public static IReadOnlyList<string> ParseArray(string json) => JsonSerializer.Deserialize<List<string>>(json, Options)!;
}
