using System.Globalization;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// How dates are written: fixed-width ISO-8601 text in UTC, so SQL min/max over strings is min/max over time.
/// A publication date reads as midnight UTC of that day (see <see cref="WriteSql.ArticleSeenAt"/>).
/// </summary>
internal static class StoreDates
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseInstant(string? text) =>
        text is null
            ? null
            : new DateTimeOffset(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
}
