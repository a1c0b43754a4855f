using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>
/// Reads the Query API's typed JSON (<c>Accept: application/vnd.neo4j.query</c>), where every value is
/// <c>{"$type": "...", "_value": ...}</c>, into .NET values without loss: Integer → long (the digits are a string, so
/// values beyond 2^53 survive), Float → double, Date → DateOnly, DateTime/OffsetDateTime/ZonedDateTime → DateTimeOffset,
/// LocalDateTime → DateTime, List → list, Map → dictionary, Null → null. Types the store never reads (Duration, Point,
/// Node, …) come back as <see cref="UnreadValue"/> instead of being guessed at.
/// </summary>
internal static class TypedJson
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            throw new Neo4jProtocolException($"Expected a typed value {{\"$type\", \"_value\"}}, got {element.ValueKind}.");
        }

        var type = typeElement.GetString();
        element.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.String
                ? long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
            "String" => value.GetString(),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" or "DateTime" or "ZonedDateTime" => ParseInstant(value.GetString()!),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
            _ => new UnreadValue(type ?? "", value.ToString()),
        };
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>A zoned value may end in a zone id, <c>2024-01-01T21:40:32+01:00[Europe/Berlin]</c>: the offset fixes the instant.</summary>
    private static DateTimeOffset ParseInstant(string text)
    {
        var zone = text.IndexOf('[', StringComparison.Ordinal);
        var instant = zone < 0 ? text : text[..zone];
        return DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
    }
}
