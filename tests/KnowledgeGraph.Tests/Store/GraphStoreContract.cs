using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using static KnowledgeGraph.Model.Ontology.RelationTypes;
using static KnowledgeGraph.Tests.Store.GraphBuilder;
using static KnowledgeGraph.Tests.Store.ScienceNetwork;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show, whatever it stores into. A store's test class derives from
/// this and supplies a fresh, empty, initialised store per test; nothing here may depend on how a store works inside.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>A new store with nothing in it, already initialised.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Releases what <see cref="CreateEmptyStoreAsync"/> made (files, databases).</summary>
    protected abstract Task DeleteStoreAsync(IGraphStore store);

    /// <summary>The store's curation side (the embedded store is its own).</summary>
    protected virtual ICurationStore Curation => (ICurationStore)Store;

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync(Store);

    // ---- writing ----------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Writing_the_same_batch_twice_changes_nothing()
    {
        var batch = Batch();
        await Store.WriteAsync(batch);
        var afterFirst = await SnapshotAsync();

        var second = await Store.WriteAsync(batch);

        second.RelationsRemoved.Should().Be(0);
        (await SnapshotAsync()).Should().BeEquivalentTo(afterFirst, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_written_batch_reads_back_with_evidence_confidence_properties_and_dates()
    {
        var result = await Store.WriteAsync(Batch());

        result.Should().Be(new WriteResult(3, 10, 12, 0));
        var founded = (await Store.GetRelationsAsync([Guangdong.Id], RelationFilter.All)).Should().ContainSingle().Subject;
        founded.Should().BeEquivalentTo(RelationOf(Guangdong, Founded, Alliance), o => o.Excluding(r => r.Evidence).Excluding(r => r.Confidence)
            .Excluding(r => r.FirstSeen).Excluding(r => r.LastSeen));
        founded.Confidence.Should().Be(0.8);
        founded.Evidence.Should().ContainSingle().Which.Should().Be(new Evidence(
            ArticleId(FoundingArticle), "广东省科协发起成立粤港澳大湾区科技协同创新联盟。", FoundingText.IndexOf("广东省科协", StringComparison.Ordinal),
            FoundingText.IndexOf("广东省科协", StringComparison.Ordinal) + 5));
        founded.FirstSeen.Should().Be(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        founded.LastSeen.Should().Be(founded.FirstSeen);

        var holds = (await Store.GetRelationsAsync([ZhangWei.Id], new RelationFilter { Types = [HoldsPosition] })).Should().ContainSingle().Subject;
        holds.Properties.Should().Equal(new Dictionary<string, string> { ["title"] = "主席" });
    }

    [Fact]
    public async Task Relation_dates_span_the_articles_that_state_it_and_confidence_is_the_highest()
    {
        await Store.WriteAsync(new GraphBuilder()
            .Article("一月", "广州市科协加入粤港澳大湾区科技协同创新联盟。", new DateOnly(2025, 1, 5))
            .Relate(Guangzhou, MemberOf, Alliance, confidence: 0.6)
            .Build());
        await Store.WriteAsync(new GraphBuilder()
            .Article("六月", "广州市科协是粤港澳大湾区科技协同创新联盟成员。", new DateOnly(2025, 6, 20))
            .Relate(Guangzhou, MemberOf, Alliance, confidence: 0.95)
            .Build());

        var relation = (await Store.GetRelationsAsync([Guangzhou.Id], RelationFilter.All)).Should().ContainSingle().Subject;
        relation.Evidence.Select(e => e.ArticleId).Should().BeEquivalentTo([ArticleId("一月"), ArticleId("六月")]);
        relation.Confidence.Should().Be(0.95);
        relation.FirstSeen.Should().Be(new DateTimeOffset(2025, 1, 5, 0, 0, 0, TimeSpan.Zero));
        relation.LastSeen.Should().Be(new DateTimeOffset(2025, 6, 20, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Rewriting_an_edited_article_replaces_its_evidence_and_drops_what_it_no_longer_states()
    {
        await Store.WriteAsync(Batch());
        const string edited = "经核实，广州市科协加入粤港澳大湾区科技协同创新联盟。";

        var result = await Store.WriteAsync(new GraphBuilder()
            .Article(FoundingArticle, edited, new DateOnly(2025, 3, 2))
            .Relate(Guangzhou, MemberOf, Alliance)
            .Build());

        result.RelationsRemoved.Should().Be(2, "深圳市科协 MEMBER_OF and 广东省科协 FOUNDED were stated only by the edited article");
        var allianceRelations = await Store.GetRelationsAsync([Alliance.Id], RelationFilter.All);
        allianceRelations.Select(r => (r.SourceId, r.Type)).Should().BeEquivalentTo([(Guangzhou.Id, MemberOf), (Alliance.Id, Organized)]);
        var membership = allianceRelations.Single(r => r.Type == MemberOf);
        membership.Evidence.Should().ContainSingle().Which.Sentence.Should().Be(edited);
        membership.FirstSeen.Should().Be(new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero));

        (await Store.GetEntitiesAsync([Guangdong.Id])).Should().BeEmpty("nothing mentions or relates 广东省科协 any more");
        (await Store.GetEntitiesAsync([Shenzhen.Id])).Should().ContainSingle("other articles still mention 深圳市科协");
        (await Store.GetArticlesAsync([ArticleId(FoundingArticle)])).Should().ContainSingle().Which.Text.Should().Be(edited);
        (await Store.GetStatsAsync()).Should().BeEquivalentTo(new { Articles = 3, Entities = 9, Relations = 10 });
    }

    [Fact]
    public async Task A_relation_stated_by_two_articles_survives_when_one_stops_stating_it()
    {
        await Store.WriteAsync(new GraphBuilder()
            .Article("甲", "广州市科协加入粤港澳大湾区科技协同创新联盟。").Relate(Guangzhou, MemberOf, Alliance)
            .Article("乙", "广州市科协是粤港澳大湾区科技协同创新联盟的成员。").Relate(Guangzhou, MemberOf, Alliance)
            .Build());

        var result = await Store.WriteAsync(new GraphBuilder().Article("甲", "广州市科协召开年会。").Mention(Guangzhou).Build());

        result.RelationsRemoved.Should().Be(0);
        var relation = (await Store.GetRelationsAsync([Guangzhou.Id], RelationFilter.All)).Should().ContainSingle().Subject;
        relation.Evidence.Should().ContainSingle().Which.ArticleId.Should().Be(ArticleId("乙"));
    }

    [Fact]
    public async Task Only_what_the_batch_articles_used_to_support_is_cleaned_up()
    {
        // A relation or entity given without evidence is the caller's explicit statement: no article withdrew it.
        await Store.WriteAsync(new GraphBuilder()
            .Article("名录", "上海市科协、长三角科技创新联盟。")
            .Mention(Shanghai, DeltaAlliance)
            .Build() with
        {
            Relations = [RelationOf(Shanghai, MemberOf, DeltaAlliance)],
        });
        await Store.WriteAsync(new GraphBuilder().Article("名录", "名录已更新。").Unmentioned(Must).Build());

        (await Store.GetRelationsAsync([Shanghai.Id], RelationFilter.All)).Should().ContainSingle()
            .Which.Evidence.Should().BeEmpty();
        (await Store.GetEntitiesAsync([Shanghai.Id, DeltaAlliance.Id, Must.Id])).Should().HaveCount(3,
            "the two still share a relation, and 澳门科技大学 was never supported by an article");
    }

    [Fact]
    public async Task Aliases_properties_and_kind_merge_across_batches()
    {
        var first = Organization("广州市科协", OrganizationKinds.Other, "广州市科学技术协会") with
        {
            Properties = new Dictionary<string, string> { ["location"] = "广州", ["level"] = "市级" },
        };
        var second = Organization("广州市科协", OrganizationKinds.Association, "广州科协") with
        {
            Properties = new Dictionary<string, string> { ["location"] = "广州市", ["成员单位数@2026-02"] = "120" },
        };
        var third = Organization("广州市科协", OrganizationKinds.Society);

        await Store.WriteAsync(new GraphBuilder().Article("一", "广州市科协成立。").Mention(first).Build());
        await Store.WriteAsync(new GraphBuilder().Article("二", "广州市科协召开会议。").Mention(second).Build());
        await Store.WriteAsync(new GraphBuilder().Article("三", "广州市科协发布通知。").Mention(third).Build());

        var entity = (await Store.GetEntitiesAsync([Guangzhou.Id])).Should().ContainSingle().Subject;
        entity.Name.Should().Be("广州市科协");
        entity.Aliases.Should().Equal("广州市科学技术协会", "广州科协");
        entity.Properties.Should().Equal(new Dictionary<string, string>
        {
            ["location"] = "广州市",
            ["level"] = "市级",
            ["成员单位数@2026-02"] = "120",
        });
        entity.Kind.Should().Be(OrganizationKinds.Association, "Other gives way to a stated kind, which then stays");
    }

    [Fact]
    public async Task A_batch_failing_midway_leaves_the_store_as_it_was()
    {
        await Store.WriteAsync(Batch());
        var before = await SnapshotAsync();
        var stranger = Organization("从未出现的学会", OrganizationKinds.Society);
        var newcomer = Organization("新成立的研究会", OrganizationKinds.Society, "新研究会");
        var failing = new GraphBuilder()
            .Article("失败", "新成立的研究会加入从未出现的学会。")
            .Relate(Guangzhou, PartnersWith, Hkust)
            .Mention(newcomer, Guangzhou with { Aliases = ["不该留下的别名"] })
            .RelateUnchecked(RelationOf(newcomer, MemberOf, stranger))
            .Build();

        var act = () => Store.WriteAsync(failing);

        await act.Should().ThrowAsync<Exception>().WithMessage($"*{RelationOf(newcomer, MemberOf, stranger).Id}*");
        (await SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        (await Store.GetArticlesAsync([ArticleId("失败")])).Should().BeEmpty();
        (await Store.FindByNamesAsync(["新研究会", "不该留下的别名"])).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_write_leaves_the_store_as_it_was()
    {
        await Store.WriteAsync(Batch());
        var before = await SnapshotAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => Store.WriteAsync(new GraphBuilder().Article("取消", "上海市科协加入粤港澳大湾区科技协同创新联盟。")
            .Relate(Shanghai, MemberOf, Alliance).Build(), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task An_empty_batch_is_a_no_op()
    {
        (await Store.WriteAsync(GraphBatch.Empty)).Should().Be(new WriteResult(0, 0, 0, 0));
        (await Store.GetStatsAsync()).Articles.Should().Be(0);
    }

    /// <summary>Whether this store can tell when its data changed (<see cref="IGraphStore.GetDataVersionAsync"/>).</summary>
    protected virtual bool ReportsDataVersion => true;

    [Fact]
    public async Task The_data_version_moves_with_every_write_and_stays_while_only_reading()
    {
        var empty = await Store.GetDataVersionAsync();
        if (!ReportsDataVersion)
        {
            empty.Should().BeNull("a store that cannot tell must say so, or answers would be reused after a change");
            return;
        }

        empty.Should().NotBeNull();
        await Store.GetStatsAsync();
        (await Store.GetDataVersionAsync()).Should().Be(empty, "reading changes nothing");

        await Store.WriteAsync(Batch());
        var written = await Store.GetDataVersionAsync();
        written.Should().NotBe(empty);
        await Store.GetEntitiesAsync([Guangdong.Id]);
        (await Store.GetDataVersionAsync()).Should().Be(written);

        await Store.WriteAsync(new GraphBuilder().Article("又一篇", "广州市科协加入粤港澳大湾区科技协同创新联盟。").Relate(Guangzhou, MemberOf, Alliance).Build());
        (await Store.GetDataVersionAsync()).Should().NotBe(written);
    }

    // ---- entities and articles --------------------------------------------------------------------------------------

    [Fact]
    public async Task Entities_by_id_come_back_in_one_call_and_unknown_ids_are_absent()
    {
        await Store.WriteAsync(Batch());

        var entities = await Store.GetEntitiesAsync([Shenzhen.Id, "org_unknown", Guangzhou.Id, Shenzhen.Id]);

        entities.Select(e => e.Name).Should().Equal("深圳市科协", "广州市科协");
        entities[0].Should().BeEquivalentTo(Shenzhen, o => o.Excluding(e => e.Mentions));
    }

    [Fact]
    public async Task Names_and_aliases_are_found_after_normalisation()
    {
        await Store.WriteAsync(Batch());

        (await Store.FindByNamesAsync(["广州 市科协"])).Select(e => e.Id).Should().Equal(Guangzhou.Id);
        (await Store.FindByNamesAsync(["“深圳市科学技术协会”", "张伟", "不存在的组织"])).Select(e => e.Id)
            .Should().BeEquivalentTo([Shenzhen.Id, ZhangWei.Id]);
        (await Store.FindByNamesAsync(["广州"])).Should().BeEmpty("names match whole, not in part");
    }

    [Fact]
    public async Task Resolution_candidates_include_the_namesakes_of_an_asked_affiliation_and_enough_others_to_count()
    {
        Entity Namesake(string affiliation) => Person("王芳") with
        {
            Id = Ids.Entity(EntityTypes.Person, "王芳|" + affiliation),
            Properties = new Dictionary<string, string> { [EntityProperties.Affiliation] = affiliation },
        };
        var unaffiliated = Person("王芳");
        var fudan = Namesake("“复旦大学”");
        var others = new[] { Namesake("北京大学"), Namesake("清华大学"), Namesake("南京大学") };
        await Store.WriteAsync(new GraphBuilder().Article("同名", "王芳。").Mention([unaffiliated, fudan, .. others]).Build());

        var found = await Store.FindResolutionCandidatesAsync(["王芳"], [new AffiliatedName("王芳", "复旦大学")], othersPerName: 2);

        found.Select(e => e.Id).Should().Contain([unaffiliated.Id, fudan.Id], "the stored affiliation matches once normalised");
        found.Should().HaveCountGreaterThanOrEqualTo(3, "at least two namesakes with an affiliation come back")
            .And.BeInAscendingOrder(e => e.Id);
        found.Single(e => e.Id == fudan.Id).Properties.Should().Contain(EntityProperties.Affiliation, "“复旦大学”");
        (await Store.FindResolutionCandidatesAsync(["王芳"], [], othersPerName: 5)).Should().HaveCount(5);
        (await Store.FindResolutionCandidatesAsync(["王 芳", "不存在的人"], [], othersPerName: 0)).Select(e => e.Id).Should().Contain(unaffiliated.Id);
    }

    [Fact]
    public async Task Paging_through_250_entities_returns_each_exactly_once_in_name_order()
    {
        var societies = Enumerable.Range(0, 250).Select(i => Organization($"测试学会{i:D3}", OrganizationKinds.Society)).ToArray();
        await Store.WriteAsync(new GraphBuilder().Article("名单", string.Join("、", societies.Select(s => s.Name)) + "。").Mention(societies).Build());

        var seen = new List<Entity>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Store.ListEntitiesAsync(new EntityFilter { Kinds = [OrganizationKinds.Society] }, new PageRequest(40, after));
            pages++;
            page.TotalCount.Should().Be(250);
            page.Cursors.Should().HaveSameCount(page.Items);
            page.EndCursor.Should().Be(page.Cursors.LastOrDefault());
            seen.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        pages.Should().Be(7);
        seen.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(societies.Select(s => s.Id));
        seen.Select(e => e.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_cursor_of_any_item_continues_right_after_it()
    {
        await Store.WriteAsync(Batch());
        var all = await Store.ListEntitiesAsync(new EntityFilter(), new PageRequest(100));

        var rest = await Store.ListEntitiesAsync(new EntityFilter(), new PageRequest(3, all.Cursors[4]));

        all.Items.Should().HaveCount(10);
        all.HasNextPage.Should().BeFalse();
        rest.Items.Should().BeEquivalentTo(all.Items.Skip(5).Take(3), o => o.WithStrictOrdering());
        rest.HasNextPage.Should().BeTrue();
    }

    [Fact]
    public async Task A_cursor_the_store_did_not_issue_is_refused()
    {
        var act = () => Store.ListEntitiesAsync(new EntityFilter(), new PageRequest(10, "not-a-cursor"));

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*cursor*");
    }

    [Fact]
    public async Task Lists_filter_by_type_kind_and_name_or_alias_fragment()
    {
        await Store.WriteAsync(Batch());

        async Task<IEnumerable<string>> NamesAsync(EntityFilter filter) =>
            (await Store.ListEntitiesAsync(filter, new PageRequest(50))).Items.Select(e => e.Name);

        (await NamesAsync(new EntityFilter { Type = EntityTypes.Person })).Should().Equal("张伟");
        (await NamesAsync(new EntityFilter { Kinds = [OrganizationKinds.Alliance, OrganizationKinds.University] }))
            .Should().BeEquivalentTo(["粤港澳大湾区科技协同创新联盟", "长三角科技创新联盟", "香港科技大学", "澳门科技大学"]);
        (await NamesAsync(new EntityFilter { NameContains = "科学技术" }))
            .Should().BeEquivalentTo(["广州市科协", "深圳市科协"], "the fragment matches their aliases");
        (await NamesAsync(new EntityFilter { NameContains = "联盟", Kinds = [OrganizationKinds.Alliance] })).Should().HaveCount(2);
        (await Store.ListEntitiesAsync(new EntityFilter { NameContains = "科技 大学" }, new PageRequest(1))).TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task Articles_round_trip_with_their_metadata()
    {
        var batch = Batch();
        await Store.WriteAsync(batch);

        var articles = await Store.GetArticlesAsync([ArticleId(PartnersArticle), ArticleId(FoundingArticle), "a_missing"]);

        articles.Should().BeEquivalentTo([batch.Articles[2], batch.Articles[0]], o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Articles_replay_in_ingest_order_whatever_their_ids()
    {
        // Resolution gives a body the id of the first form it meets, so curation and rebuilds must meet the articles in the
        // order they came. Those of one batch share their ingest time; their ids are hashes, in no useful order.
        var keys = Enumerable.Range(1, 12).Select(i => $"第{i}篇").ToList();
        var first = new GraphBuilder();
        foreach (var key in keys)
        {
            first.Article(key, $"广东省科协{key}。").Mention(Guangdong);
        }

        await Store.WriteAsync(first.Build());
        await Store.WriteAsync(new GraphBuilder().Article("后来", "广东省科协后来。").Mention(Guangdong).Build());
        await Store.WriteAsync(new GraphBuilder().Article(keys[0], $"广东省科协{keys[0]}。").Mention(Guangdong).Build());
        List<string> expected = [.. keys.Select(ArticleId), ArticleId("后来")];
        expected.Should().NotBeInAscendingOrder(StringComparer.Ordinal, "else ordering by id would pass too");

        (await Curation.AllArticleIdsAsync()).Should().Equal(expected, "an unchanged article keeps its place when written again");
        (await Curation.ArticlesSupportingAsync([Guangdong.Id])).Should().Equal(expected);

        await Store.WriteAsync(new GraphBuilder().Article(keys[0], "广东省科协改写了第1篇。").Mention(Guangdong).Build());
        (await Curation.AllArticleIdsAsync()).Should().Equal([.. expected.Skip(1), ArticleId(keys[0])], "an edited article counts as newly ingested");
    }

    // ---- relations and traversal ------------------------------------------------------------------------------------

    [Fact]
    public async Task Relations_follow_the_direction_asked_and_symmetric_types_match_from_both_ends()
    {
        await Store.WriteAsync(Batch());

        async Task<IEnumerable<string>> TypesAsync(RelationDirection direction) =>
            (await Store.GetRelationsAsync([Guangzhou.Id], new RelationFilter { Direction = direction })).Select(r => r.Type);

        (await TypesAsync(RelationDirection.Outgoing)).Should().BeEquivalentTo([MemberOf, MemberOf, PartnersWith]);
        (await TypesAsync(RelationDirection.Incoming)).Should().BeEquivalentTo([HoldsPosition, PartnersWith]);
        (await TypesAsync(RelationDirection.Both)).Should().HaveCount(4);
        (await Store.GetRelationsAsync([Hkust.Id], new RelationFilter { Direction = RelationDirection.Incoming }))
            .Select(r => r.Type).Should().BeEquivalentTo([PartnersWith, PartnersWith], "the symmetric ones, whichever end stores it as source");
        var both = await Store.GetRelationsAsync([Guangzhou.Id, Shenzhen.Id], new RelationFilter { Types = [MemberOf] });
        both.Should().HaveCount(3).And.OnlyContain(r => r.Evidence.Count == 1);
    }

    [Fact]
    public async Task The_neighbourhood_grows_with_depth()
    {
        await Store.WriteAsync(Batch());

        var one = await Store.GetNeighborhoodAsync(Alliance.Id, 1, RelationFilter.All, 100);
        var two = await Store.GetNeighborhoodAsync(Alliance.Id, 2, RelationFilter.All, 100);

        one.Nodes[0].Id.Should().Be(Alliance.Id);
        one.Nodes.Select(n => n.Name).Should().BeEquivalentTo(["粤港澳大湾区科技协同创新联盟", "广州市科协", "深圳市科协", "广东省科协", "2025粤港澳大湾区科技论坛"]);
        one.Edges.Should().HaveCount(4).And.OnlyContain(e => e.Evidence.Count > 0);
        one.Truncated.Should().BeFalse();
        two.Nodes.Select(n => n.Id).Should().BeEquivalentTo(
            [Alliance.Id, Guangzhou.Id, Shenzhen.Id, Guangdong.Id, Forum.Id, ZhangWei.Id, Hkust.Id, DeltaAlliance.Id, Must.Id]);
        two.Edges.Should().HaveCount(10);
        EdgesStayInside(two);
        two.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task The_neighbourhood_is_capped_and_says_so()
    {
        await Store.WriteAsync(Batch());

        var capped = await Store.GetNeighborhoodAsync(Alliance.Id, 1, RelationFilter.All, 3);
        var exactlyFull = await Store.GetNeighborhoodAsync(Alliance.Id, 1, RelationFilter.All, 5);
        var fullThenMore = await Store.GetNeighborhoodAsync(Alliance.Id, 2, RelationFilter.All, 5);

        capped.Nodes.Should().HaveCount(3);
        capped.Nodes[0].Id.Should().Be(Alliance.Id);
        capped.Edges.Should().HaveCount(2);
        EdgesStayInside(capped);
        capped.Truncated.Should().BeTrue();
        exactlyFull.Nodes.Should().HaveCount(5);
        exactlyFull.Truncated.Should().BeFalse("nothing was left out");
        fullThenMore.Nodes.Should().HaveCount(5);
        fullThenMore.Truncated.Should().BeTrue();
    }

    [Fact]
    public async Task The_neighbourhood_follows_only_the_types_and_direction_asked()
    {
        await Store.WriteAsync(Batch());

        var members = await Store.GetNeighborhoodAsync(Guangzhou.Id, 2, new RelationFilter { Types = [MemberOf] }, 100);
        var outgoing = await Store.GetNeighborhoodAsync(Guangzhou.Id, 2, new RelationFilter { Direction = RelationDirection.Outgoing }, 100);

        members.Nodes.Select(n => n.Id).Should().BeEquivalentTo([Guangzhou.Id, Alliance.Id, DeltaAlliance.Id, Shenzhen.Id, Shanghai.Id]);
        members.Edges.Should().OnlyContain(e => e.Type == MemberOf).And.HaveCount(4);
        outgoing.Nodes.Select(n => n.Id).Should().BeEquivalentTo(
            [Guangzhou.Id, Alliance.Id, DeltaAlliance.Id, Hkust.Id, Forum.Id, Must.Id],
            "ORGANIZED and ATTENDED lead on; PARTNERS_WITH is symmetric; 张伟's HOLDS_POSITION points in");
    }

    [Fact]
    public async Task The_neighbourhood_of_an_unknown_entity_is_empty()
    {
        await Store.WriteAsync(Batch());

        var none = await Store.GetNeighborhoodAsync("org_unknown", 2, RelationFilter.All, 10);

        none.Nodes.Should().BeEmpty();
        none.Edges.Should().BeEmpty();
    }

    [Fact]
    public async Task All_shortest_paths_are_found_in_either_direction()
    {
        await Store.WriteAsync(Batch());

        var paths = await Store.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 4, RelationFilter.All, 10);

        paths.Select(p => string.Join(" - ", p.Nodes.Select(n => n.Name))).Should().BeEquivalentTo(
            ["广州市科协 - 粤港澳大湾区科技协同创新联盟 - 深圳市科协", "广州市科协 - 张伟 - 深圳市科协"]);
        foreach (var path in paths)
        {
            path.Edges.Should().HaveCount(2).And.OnlyContain(e => e.Evidence.Count > 0);
            for (var i = 0; i < path.Edges.Count; i++)
            {
                new[] { path.Edges[i].SourceId, path.Edges[i].TargetId }.Should().BeEquivalentTo([path.Nodes[i].Id, path.Nodes[i + 1].Id]);
            }
        }
    }

    [Fact]
    public async Task Paths_respect_hops_types_and_the_path_cap()
    {
        await Store.WriteAsync(Batch());

        (await Store.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 1, RelationFilter.All, 10)).Should().BeEmpty();
        (await Store.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 4, RelationFilter.All, 1)).Should().ContainSingle();
        var partners = await Store.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 4, new RelationFilter { Types = [PartnersWith] }, 10);
        partners.Should().ContainSingle().Which.Nodes.Select(n => n.Name).Should().Equal("广州市科协", "香港科技大学", "澳门科技大学", "深圳市科协");
        (await Store.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 2, new RelationFilter { Types = [PartnersWith] }, 10)).Should().BeEmpty();
        (await Store.FindPathsAsync(Shanghai.Id, Forum.Id, 4, RelationFilter.All, 10))
            .Select(p => string.Join(",", p.Edges.Select(e => e.Type)))
            .Should().BeEquivalentTo(["MEMBER_OF,MEMBER_OF,MEMBER_OF,ORGANIZED", "MEMBER_OF,MEMBER_OF,PARTNERS_WITH,ATTENDED"]);
        (await Store.FindPathsAsync(Shanghai.Id, Forum.Id, 3, RelationFilter.All, 10)).Should().BeEmpty();
        (await Store.FindPathsAsync(Guangzhou.Id, "org_unknown", 4, RelationFilter.All, 10)).Should().BeEmpty();
    }

    [Fact]
    public async Task Outgoing_paths_only_walk_relations_forwards()
    {
        await Store.WriteAsync(Batch());

        var forwards = await Store.FindPathsAsync(ZhangWei.Id, Alliance.Id, 3, new RelationFilter { Direction = RelationDirection.Outgoing }, 10);
        var backwards = await Store.FindPathsAsync(Alliance.Id, ZhangWei.Id, 3, new RelationFilter { Direction = RelationDirection.Outgoing }, 10);

        forwards.Select(p => p.Nodes[1].Name).Should().BeEquivalentTo(["广州市科协", "深圳市科协"]);
        backwards.Should().BeEmpty();
    }

    [Fact]
    public async Task Linking_entities_are_those_related_to_at_least_two_of_the_given()
    {
        await Store.WriteAsync(Batch());

        var alliances = await Store.FindLinkingEntitiesAsync([Guangzhou.Id, Shenzhen.Id], OrganizationKinds.Alliance, [MemberOf, Founded]);
        var anyKind = await Store.FindLinkingEntitiesAsync([Guangzhou.Id, Shenzhen.Id], null, []);

        var alliance = alliances.Should().ContainSingle().Subject;
        alliance.Entity.Id.Should().Be(Alliance.Id);
        alliance.LinkedCount.Should().Be(2);
        alliance.Links.Should().HaveCount(2).And.OnlyContain(l => l.Type == MemberOf && l.TargetId == Alliance.Id && l.Evidence.Count == 1);
        anyKind.Select(l => l.Entity.Name).Should().BeEquivalentTo(["粤港澳大湾区科技协同创新联盟", "张伟"]);
    }

    [Fact]
    public async Task Linking_entities_come_most_linked_first()
    {
        await Store.WriteAsync(Batch());

        var linking = await Store.FindLinkingEntitiesAsync(
            [Guangzhou.Id, Shenzhen.Id, Guangdong.Id, Shanghai.Id], OrganizationKinds.Alliance, [MemberOf, Founded]);

        linking.Select(l => (l.Entity.Name, l.LinkedCount)).Should().Equal(("粤港澳大湾区科技协同创新联盟", 3), ("长三角科技创新联盟", 2));
    }

    [Fact]
    public async Task Stats_count_articles_entities_and_relations_by_type()
    {
        await Store.WriteAsync(Batch());

        var stats = await Store.GetStatsAsync();

        stats.Should().BeEquivalentTo(new StoreStats(3, 10, 12,
            new Dictionary<string, int> { [EntityTypes.Organization] = 8, [EntityTypes.Event] = 1, [EntityTypes.Person] = 1 },
            new Dictionary<string, int>
            {
                [MemberOf] = 4,
                [Founded] = 1,
                [Organized] = 1,
                [Attended] = 1,
                [HoldsPosition] = 1,
                [Visited] = 1,
                [PartnersWith] = 3,
            }));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private static void EdgesStayInside(Subgraph subgraph)
    {
        var ids = subgraph.Nodes.Select(n => n.Id).ToHashSet();
        subgraph.Edges.Should().OnlyContain(e => ids.Contains(e.SourceId) && ids.Contains(e.TargetId));
    }

    /// <summary>Everything a reader can see, through the port only.</summary>
    protected async Task<object> SnapshotAsync()
    {
        var entities = (await Store.ListEntitiesAsync(new EntityFilter(), new PageRequest(10_000))).Items;
        var ids = entities.Select(e => e.Id).ToList();
        var relations = (await Store.GetRelationsAsync(ids, RelationFilter.All)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var articleIds = relations.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList();
        return new
        {
            Stats = await Store.GetStatsAsync(),
            Entities = entities,
            Relations = relations,
            Articles = await Store.GetArticlesAsync(articleIds),
        };
    }
}
