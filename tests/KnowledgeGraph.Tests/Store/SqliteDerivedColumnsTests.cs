using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Model.Ontology.RelationTypes;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// The writer keeps dates and confidences incrementally (WriteSql); these must always equal what a recomputation from
/// all mentions and evidence gives. Random batches over a small world re-ingest articles (with new dates), re-state
/// relations with and without evidence, and drop support, then every row is compared with the recomputation.
/// </summary>
public sealed class SqliteDerivedColumnsTests : IDisposable
{
    private const string SeenAt = "coalesce(a.published_on || 'T00:00:00.0000000Z', a.ingested_at)";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Incrementally_kept_dates_and_confidences_equal_a_full_recomputation(int seed)
    {
        var path = _folder.File($"derived-{seed}.db");
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }));
        var rng = new Random(seed);
        var entities = Enumerable.Range(0, 8).Select(i => new Entity(Ids.Entity("Organization", $"机构{i}"), "Organization", $"机构{i}")).ToArray();

        for (var round = 0; round < 25; round++)
        {
            await store.WriteAsync(RandomBatch(rng, entities));

            (await MismatchesAsync(path)).Should().BeEmpty($"round {round} of seed {seed}");
        }
    }

    private static GraphBatch RandomBatch(Random rng, Entity[] entities)
    {
        // Few article slots, so later rounds re-ingest earlier articles, often with another date or text.
        var articles = Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => rng.Next(6)).Distinct()
            .Select(slot => new Article(Ids.Article("test://derived", slot), "derived", $"文章{slot}版本{rng.Next(2)}")
            {
                PublishedOn = rng.Next(4) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(rng.Next(60)),
            })
            .ToList();
        Evidence Cite() => new(articles[rng.Next(articles.Count)].Id, "句子" + rng.Next(3).ToString(CultureInfo.InvariantCulture), rng.Next(3), 10);

        var batchEntities = entities.Where(_ => rng.Next(2) == 0)
            .Select(e => e with { Mentions = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Cite())] })
            .ToList();
        var relations = Enumerable.Range(0, rng.Next(6)).Select(_ =>
        {
            var s = entities[rng.Next(entities.Length)];
            var t = entities[rng.Next(entities.Length)];
            return new Relation(Ids.Relation(PartnersWith, s.Id, t.Id, true), PartnersWith, s.Id, t.Id)
            {
                Confidence = Math.Round(rng.NextDouble(), 2),
                Evidence = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Cite())],
            };
        }).Where(r => r.SourceId != r.TargetId).ToList();

        // Both ends of a relation must exist; the entities list makes sure of it (it may also re-state them).
        var ends = relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet();
        batchEntities.AddRange(entities.Where(e => ends.Contains(e.Id) && batchEntities.All(b => b.Id != e.Id)));
        return new GraphBatch(articles, batchEntities, relations);
    }

    /// <summary>Rows whose stored derived columns differ from the recomputation (the old writer's refresh statements).</summary>
    private static async Task<List<string>> MismatchesAsync(string path)
    {
        const string Sql = $"""
            SELECT 'entity ' || e.id FROM entities e
            WHERE e.first_seen IS NOT (SELECT min({SeenAt}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id)
                AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
               OR e.last_seen IS NOT (SELECT max({SeenAt}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id)
                AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
            UNION ALL
            SELECT 'relation ' || r.id FROM relations r
            WHERE EXISTS (SELECT 1 FROM relation_evidence ev WHERE ev.relation_id = r.id) AND (
                r.confidence IS NOT (SELECT max(ev.confidence) FROM relation_evidence ev WHERE ev.relation_id = r.id)
                OR r.first_seen IS NOT (SELECT min({SeenAt}) FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = r.id)
                OR r.last_seen IS NOT (SELECT max({SeenAt}) FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = r.id));
            """;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
