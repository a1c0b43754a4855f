using System.Text;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Paging;

/// <summary>Builds connections from store pages, and pages in-memory lists (an entity's relations) with offset cursors.</summary>
public static class Connections
{
    private const string OffsetPrefix = "offset:";

    public static Connection<T> FromPage<T>(Page<T> page, string? after)
    {
        var edges = page.Items.Select((item, i) => new Edge<T>(page.Cursors[i], item)).ToList();
        return new Connection<T>(edges, Info(edges, page.HasNextPage, after is not null), page.TotalCount);
    }

    /// <summary>Pages a list that is already in memory; the list must be in a stable order for cursors to hold.</summary>
    public static Connection<T> Slice<T>(IReadOnlyList<T> all, int first, string? after)
    {
        var start = after is null ? 0 : DecodeOffset(after) + 1;
        var edges = all.Skip(start).Take(first).Select((item, i) => new Edge<T>(EncodeOffset(start + i), item)).ToList();
        return new Connection<T>(edges, Info(edges, start + edges.Count < all.Count, start > 0), all.Count);
    }

    private static PageInfo Info<T>(List<Edge<T>> edges, bool hasNext, bool hasPrevious) =>
        new(hasNext, hasPrevious, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null);

    private static string EncodeOffset(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(OffsetPrefix + offset));

    private static int DecodeOffset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(OffsetPrefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(OffsetPrefix.Length), out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the refusal below: a cursor that is not base64 is as wrong as one that decodes to junk.
        }

        throw GraphQueryException.BadInput($"'{cursor}' is not a cursor of this list; pass an endCursor or a cursor this list returned.");
    }
}
