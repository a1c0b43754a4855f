using System.Text.Json;

namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>
/// Reads gold-format JSON like score.py does: a directory of <c>&lt;doc&gt;.json</c> files, or one file holding a list
/// of documents, an object <c>{"documents": [...]}</c>, or JSON Lines.
/// </summary>
public static class GoldReader
{
    public static Dictionary<string, GoldDocument> Load(string path)
    {
        var docs = new Dictionary<string, GoldDocument>(StringComparer.Ordinal);
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var doc = Parse(json.RootElement, Path.GetFileNameWithoutExtension(file));
                docs[doc.Doc] = doc;
            }

            return docs;
        }

        var text = File.ReadAllText(path);
        IEnumerable<JsonElement> items;
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement.Clone();
            items = root.ValueKind == JsonValueKind.Object
                ? root.TryGetProperty("documents", out var list) ? list.EnumerateArray().ToList() : []
                : root.EnumerateArray().ToList();
        }
        catch (JsonException)
        {
            items = text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        }

        foreach (var item in items)
        {
            var doc = Parse(item, null);
            docs[doc.Doc] = doc;
        }

        return docs;
    }

    public static GoldDocument Parse(JsonElement d, string? fallbackId)
    {
        var id = Str(d, "doc") is { Length: > 0 } s ? s : fallbackId ?? "None";
        var entities = Array(d, "entities").Select(e => new GoldEntity(
            Str(e, "type") ?? "", Str(e, "name") ?? "", Str(e, "kind"), Array(e, "aliases").Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.ToString()).ToList())).ToList();
        var relations = Array(d, "relations").Select(r => new GoldRelation(
            Str(r, "type") ?? "", Str(r, "source") ?? "", Str(r, "target") ?? "", Str(r, "role"), Str(r, "title"))).ToList();
        return new GoldDocument(id, entities, relations);
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()
            : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
