using System.Globalization;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>Values in the Query API's typed JSON shape, <c>{"$type": "...", "_value": ...}</c>, as the documentation shows them.</summary>
public static class Typed
{
    public static object Null => Of("Null", null);

    public static object String(string value) => Of("String", value);

    public static object Integer(long value) => Of("Integer", value.ToString(CultureInfo.InvariantCulture));

    public static object Float(double value) => Of("Float", value.ToString("R", CultureInfo.InvariantCulture));

    public static object Boolean(bool value) => Of("Boolean", value);

    public static object Date(string value) => Of("Date", value);

    public static object DateTime(string value) => Of("OffsetDateTime", value);

    public static object List(params object[] items) => Of("List", items);

    public static object Strings(params string[] items) => List(items.Select(String).ToArray());

    public static object Integers(params long[] items) => List(items.Select(i => Integer(i)).ToArray());

    public static object Map(IReadOnlyDictionary<string, object> entries) => Of("Map", entries);

    public static Dictionary<string, object?> Of(string type, object? value) => new() { ["$type"] = type, ["_value"] = value };
}
