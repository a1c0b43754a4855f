using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.Store.Curation;

/// <summary>
/// How a decision's payload is stored, by both decision logs (SQLite and Neo4j): the same JSON text either way, so a log
/// moved between stores, or compared across them, reads back the same decisions. Unset fields are left out.
/// </summary>
internal static class DecisionPayloadJson
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(DecisionPayload payload) => JsonSerializer.Serialize(payload, Json);

    public static DecisionPayload Deserialize(string json) =>
        JsonSerializer.Deserialize<DecisionPayload>(json, Json) ?? throw new JsonException("A stored decision payload is JSON null.");
}
