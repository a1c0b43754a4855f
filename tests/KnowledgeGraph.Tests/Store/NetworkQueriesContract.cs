using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using static KnowledgeGraph.Model.Ontology.RelationTypes;
using static KnowledgeGraph.Tests.Store.BridgeNetwork;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// What every <see cref="INetworkQueries"/> must answer on the generated <see cref="BridgeNetwork"/>, whose answers are known by
/// construction. A store's test class derives from this and supplies a fresh, empty, initialised store and its network queries.
/// </summary>
public abstract class NetworkQueriesContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    protected INetworkQueries Network { get; private set; } = null!;

    /// <summary>A new, empty, initialised store and the network queries over it.</summary>
    protected abstract Task<(IGraphStore Store, INetworkQueries Network)> CreateEmptyAsync();

    protected abstract Task DeleteAsync(IGraphStore store, INetworkQueries network);

    public async Task InitializeAsync() => (Store, Network) = await CreateEmptyAsync();

    public Task DisposeAsync() => DeleteAsync(Store, Network);

    private static IReadOnlyList<string> Organizations => [EntityTypes.Organization];

    // ---- co-participation -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Co_participants_are_ranked_by_shared_events_with_their_links_and_evidence()
    {
        await WriteAsync(Store);

        var first = await Network.FindCoParticipantsAsync(Bridge.Id, null, new PageRequest(2));
        var rest = await Network.FindCoParticipantsAsync(Bridge.Id, null, new PageRequest(10, first.EndCursor));

        first.TotalCount.Should().Be(4);
        first.HasNextPage.Should().BeTrue();
        first.Items.Select(p => (p.Entity.Name, p.SharedEvents)).Should().Equal((WestLeaf(1).Name, 2), (Shanghai.Name, 1));
        var leaf = first.Items[0];
        leaf.Links.Select(l => (l.Type, l.TargetId)).Should().BeEquivalentTo([(Attended, ForumA.Id), (Attended, ForumB.Id)]);
        leaf.Links.Should().OnlyContain(l => l.Evidence.Count > 0 && l.Evidence[0].Sentence.Contains("广州第1学会"));
        rest.Items.Select(p => p.Entity.Name).Should().Equal(WestHub.Name, EastHub.Name);
        rest.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task Co_participants_of_an_entity_without_events_are_none()
    {
        await WriteAsync(Store);

        var page = await Network.FindCoParticipantsAsync(EastLeaf(2).Id, null, new PageRequest(10));

        page.TotalCount.Should().Be(0);
        page.Items.Should().BeEmpty();
    }

    // ---- brokers ----------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Brokers_by_degree_count_distinct_neighbours_inside_the_scope()
    {
        await WriteAsync(Store);

        var ranking = await Network.RankBrokersAsync(new BrokerQuery(BrokerMeasure.Degree) { Types = Organizations }, new PageRequest(3));

        ranking.ScopeNodes.Should().Be(12);
        ranking.ScopeEdges.Should().Be((2 * Leaves) + 2);
        ranking.Page.TotalCount.Should().Be(12);
        ranking.Page.Items.Select(b => (b.Entity.Name, b.Degree)).Should().Equal((WestHub.Name, Leaves + 1), (EastHub.Name, Leaves + 1), (Bridge.Name, 2));
        ranking.Page.Items.Should().OnlyContain(b => b.Betweenness == null);
    }

    [Fact]
    public async Task Brokers_by_betweenness_are_exact_on_the_bridge_topology()
    {
        await WriteAsync(Store);

        var ranking = await Network.RankBrokersAsync(new BrokerQuery(BrokerMeasure.Betweenness) { Types = Organizations }, new PageRequest(4));

        ranking.Sampled.Should().BeFalse();
        ranking.Page.Items.Select(b => b.Entity.Name).Should().Equal(WestHub.Name, EastHub.Name, Bridge.Name, Shanghai.Name);
        ranking.Page.Items.Select(b => b.Betweenness).Should().Equal(HubBetweenness, HubBetweenness, BridgeBetweenness, 0);
    }

    [Fact]
    public async Task Ranking_only_overseas_societies_still_measures_them_in_the_whole_scope()
    {
        await WriteAsync(Store);

        var ranking = await Network.RankBrokersAsync(
            new BrokerQuery(BrokerMeasure.Betweenness) { Types = Organizations, RankKinds = [OrganizationKinds.OverseasSociety] }, new PageRequest(10));

        ranking.Page.TotalCount.Should().Be(1);
        ranking.Page.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Entity = new { Bridge.Name }, Degree = 2, Betweenness = BridgeBetweenness });
    }

    [Fact]
    public async Task A_province_limits_the_scope_to_the_organizations_located_there()
    {
        await WriteAsync(Store);

        var ranking = await Network.RankBrokersAsync(
            new BrokerQuery(BrokerMeasure.Betweenness) { Types = Organizations, Province = "广东" }, new PageRequest(10));

        ranking.ScopeNodes.Should().Be(Leaves + 1);
        ranking.ScopeEdges.Should().Be(Leaves);
        ranking.Page.Items[0].Should().BeEquivalentTo(new { Entity = new { WestHub.Name }, Degree = Leaves, Betweenness = Leaves * (Leaves - 1) / 2.0 });
    }

    [Fact]
    public async Task A_scope_larger_than_the_exact_limit_is_sampled_and_says_so()
    {
        await WriteAsync(Store);

        var ranking = await Network.RankBrokersAsync(
            new BrokerQuery(BrokerMeasure.Betweenness) { Types = Organizations, MaxExactNodes = 3 }, new PageRequest(3));

        ranking.Sampled.Should().BeTrue();
        ranking.Page.Items.Should().HaveCount(3);
    }

    // ---- neighbourhood ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_neighbourhood_filtered_by_type_never_enters_other_types()
    {
        await WriteAsync(Store);

        var all = await Network.GetFilteredNeighborhoodAsync(Bridge.Id, new NeighborhoodQuery(1, 100));
        var organizations = await Network.GetFilteredNeighborhoodAsync(Bridge.Id, new NeighborhoodQuery(2, 100) { Types = Organizations });
        var associations = await Network.GetFilteredNeighborhoodAsync(Bridge.Id, new NeighborhoodQuery(2, 100) { Kinds = [OrganizationKinds.Association], Types = Organizations });

        all.Nodes.Select(n => n.Name).Should().BeEquivalentTo([Bridge.Name, WestHub.Name, EastHub.Name, ForumA.Name, ForumB.Name]);
        organizations.Nodes.Should().HaveCount(1 + 2 + (2 * Leaves)).And.OnlyContain(n => n.Type == EntityTypes.Organization);
        organizations.Nodes.Should().NotContain(n => n.Id == Shanghai.Id, "上海创新中心 is reached only through an event");
        organizations.Edges.Should().OnlyContain(e => e.Type != Attended && e.Type != Organized).And.OnlyContain(e => e.Evidence.Count > 0);
        associations.Nodes.Select(n => n.Name).Should().BeEquivalentTo([Bridge.Name, WestHub.Name, EastHub.Name]);
        organizations.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task A_capped_filtered_neighbourhood_says_it_was_truncated()
    {
        await WriteAsync(Store);

        var capped = await Network.GetFilteredNeighborhoodAsync(Bridge.Id, new NeighborhoodQuery(2, 4) { Types = Organizations });

        capped.Nodes.Should().HaveCount(4);
        capped.Truncated.Should().BeTrue();
        (await Network.GetFilteredNeighborhoodAsync("no-such-id", new NeighborhoodQuery(1, 10))).Nodes.Should().BeEmpty();
    }

    // ---- rankings and aggregates -------------------------------------------------------------------------------------

    [Fact]
    public async Task Top_entities_rank_by_relations_neighbours_or_articles()
    {
        await WriteAsync(Store);
        var organizations = new EntityFilter { Type = EntityTypes.Organization };

        var byRelations = await Network.RankEntitiesAsync(EntityMeasure.Relations, organizations, new PageRequest(3));
        var byArticles = await Network.RankEntitiesAsync(EntityMeasure.Articles, organizations, new PageRequest(1));
        var societies = await Network.RankEntitiesAsync(EntityMeasure.Neighbors, organizations with { Kinds = [OrganizationKinds.Society] }, new PageRequest(1));

        byRelations.TotalCount.Should().Be(12);
        byRelations.Items.Select(r => (r.Entity.Name, r.Score)).Should().Equal((WestHub.Name, 6), (EastHub.Name, 6), (Bridge.Name, 4));
        byArticles.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Entity = new { Bridge.Name }, Score = 3.0 }, "the bridge is named in all three articles");
        societies.TotalCount.Should().Be(2 * Leaves);
        societies.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Entity = new { WestLeaf(1).Name }, Score = 3.0 });
    }

    [Fact]
    public async Task Counts_by_kind_province_and_month_are_what_was_written()
    {
        await WriteAsync(Store);

        (await Network.CountByKindAsync(EntityTypes.Organization)).Should().Equal(
            new NamedCount(OrganizationKinds.Society, 2 * Leaves), new NamedCount(OrganizationKinds.Association, 2),
            new NamedCount(OrganizationKinds.OverseasSociety, 1), new NamedCount(OrganizationKinds.Platform, 1));
        (await Network.CountByProvinceAsync(new EntityFilter { Type = EntityTypes.Organization })).Should().Equal(
            new NamedCount("广东", Leaves + 1), new NamedCount("浙江", Leaves + 1), new NamedCount(PlaceLexicon.Unknown, 1), new NamedCount("上海", 1));
        (await Network.CountArticlesByMonthAsync(null, null)).Should().Equal(new NamedCount("2025-01", 2), new NamedCount("2025-03", 1));
        (await Network.CountArticlesByMonthAsync(new DateOnly(2025, 2, 1), null)).Should().Equal(new NamedCount("2025-03", 1));
    }

    // ---- changes ----------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Changes_since_an_ingestion_list_what_it_added_and_what_it_supported_again()
    {
        await Store.WriteAsync(Stars().Build());
        await Task.Delay(50);
        var mark = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await Store.WriteAsync(Events().Build());

        var changes = await Network.GetChangesAsync(mark, new PageRequest(100));

        changes.TotalCount.Should().Be(14);
        changes.Items.Where(c => c.Relation is not null).Should().HaveCount(7).And.OnlyContain(c => c.Kind == ChangeKind.Added && c.At >= mark);
        changes.Items.Where(c => c.Entity is not null && c.Kind == ChangeKind.Added).Select(c => c.Entity!.Name)
            .Should().BeEquivalentTo([ForumA.Name, ForumB.Name, Shanghai.Name]);
        changes.Items.Where(c => c.Entity is not null && c.Kind == ChangeKind.Updated).Select(c => c.Entity!.Name)
            .Should().BeEquivalentTo([WestHub.Name, EastHub.Name, Bridge.Name, WestLeaf(1).Name]);
        changes.Items.Where(c => c.Relation is not null).Should().OnlyContain(c => c.Relation!.Evidence.Count > 0);

        var paged = await Network.GetChangesAsync(mark, new PageRequest(10));
        var next = await Network.GetChangesAsync(mark, new PageRequest(10, paged.EndCursor));
        paged.Items.Concat(next.Items).Should().BeEquivalentTo(changes.Items, o => o.WithStrictOrdering());
        (await Network.GetChangesAsync(DateTimeOffset.UtcNow.AddMinutes(1), new PageRequest(10))).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_cursor_from_elsewhere_is_refused()
    {
        await WriteAsync(Store);

        var act = () => Network.GetChangesAsync(DateTimeOffset.MinValue, new PageRequest(10, "not-a-cursor"));

        await act.Should().ThrowAsync<ArgumentException>();
    }
}
