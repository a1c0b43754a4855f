using System.Buffers.Text;
using System.Text.Json;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>A keyset position in the (name, id) order of entity lists, carried to callers as opaque base64url text.</summary>
internal sealed record EntityCursor(string Name, string Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { Name, Id }));

    public static EntityCursor Decode(string cursor)
    {
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(cursor));
            if (parts is [{ } name, { } id])
            {
                return new EntityCursor(name, id);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw NotOurs(cursor, e);
        }

        throw NotOurs(cursor, null);
    }

    private static ArgumentException NotOurs(string cursor, Exception? inner) =>
        new($"'{cursor}' is not a cursor this store issued; pass the endCursor or a cursor of a previous page.", "after", inner);
}
