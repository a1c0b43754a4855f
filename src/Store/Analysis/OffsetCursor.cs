using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// Positions in ranked lists (brokers, co-participants, changes). Rankings have no natural key to seek from, so the cursor is
/// the row's offset, carried as opaque base64url text like <see cref="EntityCursor"/>.
/// </summary>
internal static class OffsetCursor
{
    private const string Prefix = "rank:";

    public static string Encode(long offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset of the row after <paramref name="after"/> (0 without a cursor).</summary>
    public static long Start(string? after)
    {
        if (after is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(after));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset + 1;
            }
        }
        catch (FormatException)
        {
            // Refused below, like any other cursor this store did not issue.
        }

        throw new ArgumentException($"'{after}' is not a cursor this store issued; pass the endCursor or a cursor of a previous page.", nameof(after));
    }

    /// <summary>A page of ranked items that start at <paramref name="start"/>.</summary>
    /// <param name="fetched">How many rows the query returned: one more than the page size when a next page exists.</param>
    public static Model.Storage.Page<T> Page<T>(IReadOnlyList<T> items, int first, int fetched, long start, int totalCount)
    {
        var shown = items.Take(first).ToList();
        var cursors = shown.Select((_, i) => Encode(start + i)).ToList();
        return new Model.Storage.Page<T>(shown, totalCount, fetched > first, cursors.LastOrDefault(), cursors);
    }
}
