using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Turns rows of the <see cref="ReadSql"/> queries into model records (column order as selected there).</summary>
internal static class RowMapper
{
    public static Entity Entity(SqliteDataReader row) => new(row.GetString(0), row.GetString(1), row.GetString(3))
    {
        Kind = row.IsDBNull(2) ? null : row.GetString(2),
        Properties = StoreJson.ParseProperties(row.GetString(4)),
        Aliases = StoreJson.ParseArray(row.GetString(5)),
    };

    /// <summary>A relation without its evidence; <see cref="GraphQueries.WithEvidenceAsync"/> adds it.</summary>
    public static Relation Relation(SqliteDataReader row) => new(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3))
    {
        Properties = StoreJson.ParseProperties(row.GetString(4)),
        Confidence = row.GetDouble(5),
        FirstSeen = StoreDates.ParseInstant(row.IsDBNull(6) ? null : row.GetString(6)),
        LastSeen = StoreDates.ParseInstant(row.IsDBNull(7) ? null : row.GetString(7)),
    };

    public static Evidence Evidence(SqliteDataReader row) => new(row.GetString(1), row.GetString(2), row.GetInt32(3), row.GetInt32(4));

    public static Article Article(SqliteDataReader row) => new(row.GetString(0), row.GetString(1), row.GetString(8))
    {
        Title = NullableString(row, 2),
        Url = NullableString(row, 3),
        Publisher = NullableString(row, 4),
        Author = NullableString(row, 5),
        PublishedOn = StoreDates.ParseDate(NullableString(row, 6)),
        ContentHash = row.GetString(7),
    };

    private static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
