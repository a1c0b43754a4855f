using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>
/// Writes statement parameters as plain JSON (the Query API's default request format). A double always carries a
/// decimal point or exponent, so 1.0 arrives as a Cypher Float, not the Integer that "1" would be.
/// </summary>
internal static class ParameterJson
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(text.Contains('.') || text.Contains('E') ? text : text + ".0");
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A statement parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }
}
