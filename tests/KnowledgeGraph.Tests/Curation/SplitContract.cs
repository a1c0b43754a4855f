using KnowledgeGraph.Ingest.Curate;
using KnowledgeGraph.Model.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>Splitting a mention off an entity: evidence moves with it, and re-extraction keeps the split. Run on both stores (SplitTests, Neo4jSplitTests).</summary>
public abstract class SplitContract : CurationContract
{
    [Fact]
    public async Task A_split_mention_takes_its_evidence_to_a_new_entity_and_survives_reextraction_and_rebuild()
    {
        using var api = await StartAsync();
        var person = await api.EntityNamedAsync("尚勇");
        var before = await api.SnapshotAsync();
        var (mention, anchored) = AnchoredMention(before, person.Id);

        var split = (await api.MutateAsync(Gql.Split, new { e = person.Id, a = mention.ArticleId, s = mention.Start, t = mention.End, n = "尚勇(另一人)" }))["splitMention"]!;
        var splitId = split["splitEntityId"]!.GetValue<string>();

        var after = await api.SnapshotAsync();
        var newEntity = after.Entities.Single(e => e.Id == splitId);
        newEntity.Name.Should().Be("尚勇(另一人)");
        Span.Parse(newEntity.Mentions).Should().Equal(mention);
        Span.Parse(after.Entities.Single(e => e.Id == person.Id).Mentions).Should().NotContain(mention).And.NotBeEmpty();

        // The relation evidence around the mention now belongs to relations of the new entity, the same sentences exactly.
        var movedEvidence = after.Relations.Where(r => r.SourceId == splitId || r.TargetId == splitId).SelectMany(r => Span.Parse(r.Evidence)).ToList();
        movedEvidence.Should().Contain(anchored);
        after.Relations.Where(r => r.SourceId == person.Id || r.TargetId == person.Id).SelectMany(r => Span.Parse(r.Evidence))
            .Should().NotContain(anchored);

        var reextractor = api.Services.GetRequiredService<Reextractor>();
        var report = await reextractor.RunAsync(rebuild: false, null, CancellationToken.None);
        report.Should().BeEquivalentTo(new { EntitiesAdded = 0, EntitiesRemoved = 0, EntitiesChanged = 0, RelationsAdded = 0, RelationsRemoved = 0, RelationsChanged = 0, DecisionsApplied = 1 });
        (await api.SnapshotAsync()).Should().BeEquivalentTo(after, o => o.WithStrictOrdering());

        await reextractor.RunAsync(rebuild: true, null, CancellationToken.None);
        (await api.SnapshotAsync()).Should().BeEquivalentTo(after, o => o.WithStrictOrdering());

        // Undoing the split moves the mention and its evidence back.
        await api.MutateAsync(Gql.Undo, new { s = split["seq"]!.GetValue<int>(), r = (string?)null });
        (await api.SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Merge_then_split_a_mention_of_the_merged_entity_then_undo_the_merge()
    {
        using var api = await StartAsync();
        var into = await api.EntityNamedAsync("尚勇");
        var away = await api.EntityNamedAsync("李静海");
        var before = await api.SnapshotAsync();
        var (mention, anchored) = AnchoredMention(before, away.Id);

        var merge = (await api.MutateAsync(Gql.Merge, new { a = away.Id, b = into.Id, r = "same person?" }))["mergeEntities"]!;
        Span.Parse((await api.SnapshotAsync()).Entities.Single(e => e.Id == into.Id).Mentions).Should().Contain(mention);

        // The analyst then says this mention of the merged 尚勇 is someone else: the later decision wins for that mention.
        var split = (await api.MutateAsync(Gql.Split, new { e = into.Id, a = mention.ArticleId, s = mention.Start, t = mention.End, n = (string?)null }))["splitMention"]!;
        var both = await api.SnapshotAsync();
        var splitEntity = both.Entities.Single(e => e.Id == split["splitEntityId"]!.GetValue<string>());
        splitEntity.Name.Should().Be("李静海", "the split-off entity is named by the mention's text");
        Span.Parse(both.Entities.Single(e => e.Id == into.Id).Mentions).Should().NotContain(mention);
        both.Relations.Where(r => r.SourceId == splitEntity.Id || r.TargetId == splitEntity.Id).SelectMany(r => Span.Parse(r.Evidence)).Should().Contain(anchored);

        // Re-ingest applies merge then split in order and lands on the same graph.
        await api.IngestCorpusAsync();
        (await api.SnapshotAsync()).Should().BeEquivalentTo(both, o => o.WithStrictOrdering());

        // Undoing the merge gives 李静海 its mentions back; the split no longer finds its mention on 尚勇 and is inert.
        await api.MutateAsync(Gql.Undo, new { s = merge["seq"]!.GetValue<int>(), r = (string?)null });
        (await api.SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    /// <summary>A mention of the entity that lies inside the evidence span of one of its relations.</summary>
    internal static (Span Mention, Span Evidence) AnchoredMention(GraphSnapshot snapshot, string entityId)
    {
        var mentions = Span.Parse(snapshot.Entities.Single(e => e.Id == entityId).Mentions);
        var evidence = snapshot.Relations.Where(r => r.SourceId == entityId || r.TargetId == entityId).SelectMany(r => Span.Parse(r.Evidence)).ToList();
        var pair = mentions.SelectMany(m => evidence.Where(e => e.Holds(m)).Select(e => (m, e))).FirstOrDefault();
        pair.m.Should().NotBeNull($"the test needs a mention of {entityId} inside relation evidence");
        return pair;
    }
}
