using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Store.Neo4j.Http;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Turns rows of the <c>cypher/read</c> statements into model records (fields as those statements name them).</summary>
internal static class Neo4jRowMapper
{
    public static Entity Entity(QueryRow row) => new(row.String("id"), row.String("type"), row.String("name"))
    {
        Kind = row.NullableString("kind"),
        Aliases = row.Strings("aliases"),
        Properties = Properties(row),
    };

    /// <summary>A relation with its evidence, ordered by article and span as the embedded store returns it.</summary>
    public static Relation Relation(QueryRow row)
    {
        var articles = row.Strings("evidenceArticleIds");
        var sentences = row.Strings("evidenceSentences");
        var starts = row.Ints("evidenceStarts");
        var ends = row.Ints("evidenceEnds");
        var evidence = articles.Select((a, i) => new Evidence(a, sentences[i], starts[i], ends[i]))
            .OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ToList();
        return new Relation(row.String("id"), row.String("type"), row.String("sourceId"), row.String("targetId"))
        {
            Properties = Properties(row),
            Confidence = row.Double("confidence"),
            FirstSeen = row.Instant("firstSeen"),
            LastSeen = row.Instant("lastSeen"),
            Evidence = evidence,
        };
    }

    public static Article Article(QueryRow row) => new(row.String("id"), row.String("document"), row.String("text"))
    {
        Title = row.NullableString("title"),
        Url = row.NullableString("url"),
        Publisher = row.NullableString("publisher"),
        Author = row.NullableString("author"),
        PublishedOn = row.Date("publishedOn"),
        ContentHash = row.String("contentHash"),
    };

    /// <summary>Stored as parallel key and value lists (a map is no property value); keys in ordinal order, as the embedded store keeps them.</summary>
    private static Dictionary<string, string> Properties(QueryRow row)
    {
        var keys = row.Strings("propertyKeys");
        var values = row.Strings("propertyValues");
        if (keys.Count != values.Count)
        {
            throw new Neo4jProtocolException($"propertyKeys and propertyValues differ in length ({keys.Count} and {values.Count}).");
        }

        return keys.Zip(values).OrderBy(p => p.First, StringComparer.Ordinal).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
