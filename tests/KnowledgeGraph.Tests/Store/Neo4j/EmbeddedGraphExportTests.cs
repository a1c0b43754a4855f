using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j.Copy;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Model.Ontology.RelationTypes;
using static KnowledgeGraph.Tests.Store.GraphBuilder;
using static KnowledgeGraph.Tests.Store.ScienceNetwork;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The copy verb's export, checked by replaying it into a second embedded store: everything a reader can see through
/// the port (entities, aliases, kinds, relations with evidence, confidence and dates, articles, stats) must come out equal.
/// </summary>
public sealed class EmbeddedGraphExportTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task Replaying_the_export_rebuilds_what_a_reader_sees(int articlesPerBatch)
    {
        var clock = new SettableClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var source = Store("source.db", clock);
        await source.WriteAsync(Batch());
        clock.Now = clock.Now.AddDays(3);
        await source.WriteAsync(new GraphBuilder()
            .Article("无日期", "广州市科协加入粤港澳大湾区科技协同创新联盟。")
            .Relate(Guangzhou, MemberOf, Alliance, confidence: 0.55)
            .Build());
        await source.WriteAsync(new GraphBuilder().Article("名录", "上海市科协、长三角科技创新联盟。").Mention(Shanghai, DeltaAlliance).Build()
            with
        { Relations = [RelationOf(Shanghai, PartOf, DeltaAlliance)] });
        clock.Now = clock.Now.AddDays(30);
        var copyClock = new SettableClock(clock.Now);
        using var target = Store("target.db", copyClock);

        var batches = await GraphCopier.CopyBatchesAsync(new EmbeddedGraphExport(_folder.File("source.db")), async (batch, ingestedAt, ct) =>
        {
            copyClock.Now = ingestedAt ?? copyClock.Now;
            return await target.WriteAsync(batch, ct);
        }, articlesPerBatch, null, CancellationToken.None);

        batches.Should().BeGreaterThan(1);
        (await SnapshotAsync(target)).Should().BeEquivalentTo(await SnapshotAsync(source), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_missing_file_is_reported_not_created()
    {
        var export = new EmbeddedGraphExport(_folder.File("absent.db"));

        var act = async () => await export.BatchesAsync(10).ToListAsync();

        await act.Should().ThrowAsync<FileNotFoundException>().WithMessage("*absent.db*");
        File.Exists(_folder.File("absent.db")).Should().BeFalse();
    }

    private SqliteGraphStore Store(string name, TimeProvider clock) =>
        new(Options.Create(new SqliteStoreOptions { Path = _folder.File(name) }), clock);

    private static async Task<object> SnapshotAsync(IGraphStore store)
    {
        var entities = (await store.ListEntitiesAsync(new EntityFilter(), new PageRequest(10_000))).Items;
        var relations = (await store.GetRelationsAsync(entities.Select(e => e.Id).ToList(), RelationFilter.All))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var articleIds = relations.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList();
        return new
        {
            Stats = await store.GetStatsAsync(),
            Entities = entities,
            Relations = relations,
            Articles = await store.GetArticlesAsync(articleIds),
            Names = await store.FindByNamesAsync(entities.SelectMany(e => e.Aliases).ToList()),
            Kinds = entities.Select(e => e.Kind ?? OrganizationKinds.Other).ToList(),
        };
    }

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
