using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>Merging through GraphQL over the ingested sample corpus: provenance, re-ingest, undo. Run on both stores (MergeTests, Neo4jMergeTests).</summary>
public abstract class MergeContract : CurationContract
{

    [Fact]
    public async Task A_merged_entity_keeps_each_relation_with_its_own_evidence_and_survives_reingest()
    {
        using var api = await StartAsync();
        var shangYong = (await api.EntityNamedAsync("尚勇")).Id;
        var liJinghai = (await api.EntityNamedAsync("李静海")).Id;
        var before = await api.SnapshotAsync();
        var fromRelations = before.Relations.Where(r => r.SourceId == liJinghai || r.TargetId == liJinghai).ToList();
        fromRelations.Should().NotBeEmpty("the test needs relations on the merged-away side");

        var decision = (await api.MutateAsync(Gql.Merge, new { a = liJinghai, b = shangYong, r = "test" }))["mergeEntities"]!;
        decision["kind"]!.GetValue<string>().Should().Be("MERGE");

        var merged = await api.SnapshotAsync();
        merged.Entities.Should().NotContain(e => e.Id == liJinghai);
        var into = merged.Entities.Single(e => e.Id == shangYong);
        into.Name.Should().Be("尚勇");
        into.Aliases.Split('|').Should().Contain("李静海");
        into.Mentions.Split('|').Should().Contain(before.Entities.Single(e => e.Id == liJinghai).Mentions.Split('|'));

        // Every relation of the merged-away entity now leaves from the survivor, with exactly its own evidence.
        foreach (var r in fromRelations)
        {
            var other = r.SourceId == liJinghai ? r.TargetId : r.SourceId;
            var moved = merged.Relations.Single(m => m.Type == r.Type && (m.SourceId == shangYong ? m.TargetId : m.SourceId) == other
                && (m.SourceId == shangYong || m.TargetId == shangYong));
            moved.Evidence.Split('|').Should().Contain(r.Evidence.Split('|'));
        }

        // Re-ingesting every article (the extractor finds 李静海 again) gives the same curated graph.
        await api.IngestCorpusAsync();
        (await api.SnapshotAsync()).Should().BeEquivalentTo(merged, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Undoing_a_merge_with_relations_on_both_sides_restores_the_exact_prior_graph()
    {
        using var api = await StartAsync();
        var shangYong = (await api.EntityNamedAsync("尚勇")).Id;
        var liJinghai = (await api.EntityNamedAsync("李静海")).Id;
        var before = await api.SnapshotAsync();
        before.Relations.Should().Contain(r => r.SourceId == shangYong || r.TargetId == shangYong);
        before.Relations.Should().Contain(r => r.SourceId == liJinghai || r.TargetId == liJinghai);

        var merge = (await api.MutateAsync(Gql.Merge, new { a = liJinghai, b = shangYong, r = (string?)null }))["mergeEntities"]!;
        (await api.SnapshotAsync()).Should().NotBeEquivalentTo(before);

        var undo = (await api.MutateAsync(Gql.Undo, new { s = merge["seq"]!.GetValue<int>(), r = "wrong merge" }))["undoDecision"]!;
        undo["kind"]!.GetValue<string>().Should().Be("UNDO");
        undo["undoes"]!.GetValue<int>().Should().Be(merge["seq"]!.GetValue<int>());

        (await api.SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());

        // And it stays undone through a re-ingest.
        await api.IngestCorpusAsync();
        (await api.SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Merging_an_entity_into_itself_or_across_types_or_an_unknown_id_is_refused_with_a_stable_code()
    {
        using var api = await StartAsync();
        var shangYong = (await api.EntityNamedAsync("尚勇")).Id;
        var liJinghai = (await api.EntityNamedAsync("李静海")).Id;
        var org = Ids.Entity(EntityTypes.Organization, "中国工程院");

        (await api.PostAsync(Gql.Merge, new { a = shangYong, b = shangYong }, CurationServer.WriterKey)).Codes.Should().Equal("BAD_USER_INPUT");
        (await api.PostAsync(Gql.Merge, new { a = shangYong, b = org }, CurationServer.WriterKey)).Codes.Should().Equal("BAD_USER_INPUT");
        (await api.PostAsync(Gql.Merge, new { a = "per_nobody", b = shangYong }, CurationServer.WriterKey)).Codes.Should().Equal("NOT_FOUND");
        (await api.PostAsync(Gql.Merge, new { a = liJinghai, b = shangYong })).Codes.Should().Equal("UNAUTHENTICATED");
        (await api.QueryAsync(Gql.Decisions))["decisions"]!["totalCount"]!.GetValue<int>().Should().Be(0, "nothing refused is recorded");
    }
}
