using System.Text.Json;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The Neo4j network queries' side of the Query API exchange, against the local responder: which cypher/network statement
/// each question sends with which parameters, and how the typed rows it gets back (a total with a page of maps, scope rows
/// with neighbour lists, counts) become the model. Whether the Cypher itself answers right is the live contract suite's job.
/// </summary>
public sealed class Neo4jNetworkExchangeTests : IAsyncLifetime
{
    private QueryApiResponder _server = null!;
    private Neo4jGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await QueryApiResponder.StartAsync();
        _store = new Neo4jGraphStore(Options.Create(_server.Options(o => o.MaxScopeNodes = 5)));
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _server.DisposeAsync();
    }

    private Neo4jNetworkQueries Network => new(_store);

    [Fact]
    public async Task Co_participants_send_the_named_statement_with_paging_parameters_and_read_the_page_of_maps()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.CoParticipants => PageReply(3, Map(("id", Typed.String("e_b")), ("shared", Typed.Integer(2))), Map(("id", Typed.String("e_c")), ("shared", Typed.Integer(1)))),
            StatementNames.ParticipationLinks => Reply.Rows([RelationRow("r_1", RelationTypes.Attended, "e_b", "e_forum")]),
            StatementNames.EntitiesByIds => Entities(r),
            _ => Reply.Rows([]),
        };

        var page = await Network.FindCoParticipantsAsync("e_a", [EntityTypes.Organization], new PageRequest(1));
        var next = await Network.FindCoParticipantsAsync("e_a", null, new PageRequest(1, page.EndCursor));

        var asked = Sent(StatementNames.CoParticipants);
        asked[0].Text.Should().Be(_store.Catalog[StatementNames.CoParticipants].Text);
        asked[0].Parameter("id").GetString().Should().Be("e_a");
        asked[0].StringList("participation").Should().Equal(RelationTypes.Organized, RelationTypes.Attended);
        asked[0].StringList("types").Should().Equal(EntityTypes.Organization);
        asked[0].Parameter("offset").GetInt64().Should().Be(0);
        asked[0].Parameter("limit").GetInt64().Should().Be(2, "one row more than the page tells whether a next page exists");
        asked[1].Parameter("types").ValueKind.Should().Be(JsonValueKind.Null);
        asked[1].Parameter("offset").GetInt64().Should().Be(1, "the cursor of row 0 resumes at row 1");
        Sent(StatementNames.ParticipationLinks)[0].StringList("ids").Should().Equal(["e_b"], "only the shown page's links are read");

        page.TotalCount.Should().Be(3);
        page.HasNextPage.Should().BeTrue();
        var item = page.Items.Should().ContainSingle().Subject;
        item.Entity.Name.Should().Be("名e_b");
        item.SharedEvents.Should().Be(2);
        item.Links.Should().ContainSingle().Which.Evidence.Should().Equal(new Evidence("a_1", "甲。", 0, 5));
    }

    [Fact]
    public async Task Brokers_read_the_scope_once_and_rank_it_in_memory_dropping_neighbours_outside_the_scope()
    {
        _server.Answer = r => r.Statement switch
        {
            // A star: hub with three leaves; "e_far" is a neighbour outside the scope (another province) and must not count.
            StatementNames.BrokerScope => Reply.Rows(
            [
                ScopeRow("e_hub", "中心", true, "e_l1", "e_l2", "e_l3", "e_far", "e_l1"),
                ScopeRow("e_l1", "甲", true, "e_hub"),
                ScopeRow("e_l2", "乙", false, "e_hub"),
                ScopeRow("e_l3", "丙", true, "e_hub"),
            ]),
            StatementNames.EntitiesByIds => Entities(r),
            _ => Reply.Rows([]),
        };

        var ranking = await Network.RankBrokersAsync(
            new BrokerQuery(BrokerMeasure.Betweenness) { Province = " 广东 ", Types = [EntityTypes.Organization] }, new PageRequest(2));

        var asked = Sent(StatementNames.BrokerScope).Should().ContainSingle().Subject;
        asked.Parameter("province").GetString().Should().Be("广东");
        asked.Parameter("limit").GetInt64().Should().Be(6, "MaxScopeNodes + 1 tells a scope over the limit");
        asked.Parameter("kinds").ValueKind.Should().Be(JsonValueKind.Null);
        var places = asked.Parameter("places").EnumerateArray().Select(p => p.EnumerateArray().Select(x => x.GetString()!).ToList()).ToList();
        places.Should().OnlyContain(p => p.Count == 2).And.Contain(p => p[0] == "广州" && p[1] == "广东");
        places.Select(p => p[0].Length).Should().BeInDescendingOrder("the longest place is tried first");

        ranking.ScopeNodes.Should().Be(4);
        ranking.ScopeEdges.Should().Be(3);
        ranking.Sampled.Should().BeFalse();
        ranking.Page.TotalCount.Should().Be(3, "e_l2 is measured but not ranked");
        ranking.Page.HasNextPage.Should().BeTrue();
        ranking.Page.Items.Select(b => (b.Entity.Id, b.Degree, b.Betweenness)).Should().Equal([("e_hub", 3, 3.0), ("e_l3", 1, 0.0)], "ties go by name: 丙 before 甲");
    }

    [Fact]
    public async Task A_broker_scope_over_the_configured_limit_is_refused_naming_the_setting()
    {
        _server.Answer = r => r.Statement == StatementNames.BrokerScope
            ? Reply.Rows(Enumerable.Range(0, 6).Select(i => (IReadOnlyDictionary<string, object?>)ScopeRow($"e_{i}", $"名{i}", true)).ToList())
            : Reply.Rows([]);

        var act = () => Network.RankBrokersAsync(new BrokerQuery(BrokerMeasure.Degree), new PageRequest(10));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*more than 5*Store:Neo4j:MaxScopeNodes*");
    }

    [Fact]
    public async Task Changes_send_the_instant_read_typed_times_and_load_relations_by_their_source()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.Changes => PageReply(2,
                Map(("item", Typed.String("E")), ("id", Typed.String("e_a")), ("sourceId", Typed.Null),
                    ("at", Typed.DateTime("2025-03-02T08:00:00Z")), ("added", Typed.Boolean(true))),
                Map(("item", Typed.String("R")), ("id", Typed.String("r_1")), ("sourceId", Typed.String("e_b")),
                    ("at", Typed.Of("ZonedDateTime", "2025-03-02T16:30:00+08:00[Asia/Shanghai]")), ("added", Typed.Boolean(false)))),
            StatementNames.RelationsByKeys => Reply.Rows([RelationRow("r_1", RelationTypes.MemberOf, "e_b", "e_c")]),
            StatementNames.EntitiesByIds => Entities(r),
            _ => Reply.Rows([]),
        };

        var changes = await Network.GetChangesAsync(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)), new PageRequest(5));

        var asked = Sent(StatementNames.Changes).Should().ContainSingle().Subject;
        asked.Parameter("since").GetString().Should().Be("2025-03-01T00:00:00.0000000Z", "the instant travels as ISO-8601 UTC");
        var key = Sent(StatementNames.RelationsByKeys).Should().ContainSingle().Subject.Parameter("keys").EnumerateArray().Should().ContainSingle().Subject;
        (key.GetProperty("id").GetString(), key.GetProperty("sourceId").GetString()).Should().Be(("r_1", "e_b"));
        changes.TotalCount.Should().Be(2);
        changes.HasNextPage.Should().BeFalse();
        changes.Items.Select(c => (c.Kind, c.At, c.Entity?.Id, c.Relation?.Id)).Should().Equal(
            (ChangeKind.Added, new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero), "e_a", null),
            (ChangeKind.Updated, new DateTimeOffset(2025, 3, 2, 8, 30, 0, TimeSpan.Zero), null, "r_1"));
    }

    [Fact]
    public async Task Entity_rankings_name_the_measure_and_read_integer_scores_as_numbers()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.RankEntities => PageReply(1, Map(("id", Typed.String("e_a")), ("score", Typed.Integer(7)))),
            StatementNames.EntitiesByIds => Entities(r),
            _ => Reply.Rows([]),
        };

        var page = await Network.RankEntitiesAsync(EntityMeasure.Neighbors, new EntityFilter { Type = EntityTypes.Organization, NameContains = " ABC " }, new PageRequest(3));

        var asked = Sent(StatementNames.RankEntities).Should().ContainSingle().Subject;
        asked.Parameter("measure").GetString().Should().Be("Neighbors");
        asked.Parameter("type").GetString().Should().Be(EntityTypes.Organization);
        asked.Parameter("fragment").GetString().Should().Be("abc", "the name fragment is compared folded, as in the entity lists");
        page.Items.Should().ContainSingle().Which.Score.Should().Be(7.0);
    }

    [Fact]
    public async Task Counts_pass_their_buckets_parameters_and_read_name_and_count_rows()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.CountByKind => Counts(("Society", 8), (PlaceLexicon.Unknown, 1)),
            StatementNames.CountByProvince => Counts(("广东", 5), (PlaceLexicon.Unknown, 1)),
            StatementNames.ArticlesByMonth => Counts(("2025-01", 2)),
            _ => Reply.Rows([]),
        };

        var kinds = await Network.CountByKindAsync(EntityTypes.Organization);
        var provinces = await Network.CountByProvinceAsync(new EntityFilter { Kinds = [OrganizationKinds.Society] });
        var months = await Network.CountArticlesByMonthAsync(new DateOnly(2025, 1, 1), null);

        kinds.Should().Equal(new NamedCount("Society", 8), new NamedCount(PlaceLexicon.Unknown, 1));
        provinces.Should().Equal(new NamedCount("广东", 5), new NamedCount(PlaceLexicon.Unknown, 1));
        months.Should().Equal(new NamedCount("2025-01", 2));
        Sent(StatementNames.CountByKind)[0].Parameter("unknown").GetString().Should().Be(PlaceLexicon.Unknown);
        var province = Sent(StatementNames.CountByProvince)[0];
        province.StringList("kinds").Should().Equal(OrganizationKinds.Society);
        province.Parameter("places").GetArrayLength().Should().Be(PlaceLexicon.Default.Places.Count);
        var month = Sent(StatementNames.ArticlesByMonth)[0];
        month.Parameter("from").GetString().Should().Be("2025-01-01");
        month.Parameter("to").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_page_entry_that_is_not_a_map_is_a_protocol_error_not_a_guess()
    {
        _server.Answer = r => r.Statement == StatementNames.RankEntities ? PageReply(1, Typed.String("e_a")) : Reply.Rows([]);

        var act = () => Network.RankEntitiesAsync(EntityMeasure.Relations, new EntityFilter(), new PageRequest(3));

        await act.Should().ThrowAsync<Neo4jProtocolException>().WithMessage("*page[0]*Map*");
    }

    private List<RecordedRequest> Sent(string statement) => _server.Requests.Where(r => r.Statement == statement).ToList();

    private static Reply PageReply(long total, params object[] page) =>
        Reply.Rows([new Dictionary<string, object?> { ["total"] = Typed.Integer(total), ["page"] = Typed.List(page) }]);

    private static Dictionary<string, object?> Map(params (string Key, object Value)[] entries) =>
        Typed.Of("Map", entries.ToDictionary(e => e.Key, e => e.Value));

    private static Reply Counts(params (string Name, long N)[] counts) =>
        Reply.Rows(counts.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["name"] = Typed.String(c.Name),
            ["n"] = Typed.Integer(c.N),
        }).ToList(), "name", "n");

    private static Dictionary<string, object?> ScopeRow(string id, string name, bool ranked, params string[] neighbours) => new()
    {
        ["id"] = Typed.String(id),
        ["name"] = Typed.String(name),
        ["ranked"] = Typed.Boolean(ranked),
        ["neighbours"] = Typed.Strings(neighbours),
    };

    /// <summary>An entity row for every id asked about, named "名" + id.</summary>
    private static Reply Entities(RecordedRequest r) =>
        Reply.Rows(r.StringList("ids").Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["id"] = Typed.String(id),
            ["type"] = Typed.String(EntityTypes.Organization),
            ["kind"] = Typed.Null,
            ["name"] = Typed.String("名" + id),
            ["aliases"] = Typed.Strings(),
            ["propertyKeys"] = Typed.Strings(),
            ["propertyValues"] = Typed.Strings(),
        }).ToList(), "id", "type", "kind", "name", "aliases", "propertyKeys", "propertyValues");

    private static Dictionary<string, object?> RelationRow(string id, string type, string sourceId, string targetId) => new()
    {
        ["id"] = Typed.String(id),
        ["type"] = Typed.String(type),
        ["sourceId"] = Typed.String(sourceId),
        ["targetId"] = Typed.String(targetId),
        ["propertyKeys"] = Typed.Strings(),
        ["propertyValues"] = Typed.Strings(),
        ["confidence"] = Typed.Float(0.9),
        ["firstSeen"] = Typed.DateTime("2025-03-02T00:00:00Z"),
        ["lastSeen"] = Typed.DateTime("2025-03-02T00:00:00Z"),
        ["evidenceArticleIds"] = Typed.Strings("a_1"),
        ["evidenceSentences"] = Typed.Strings("甲。"),
        ["evidenceStarts"] = Typed.Integers(0),
        ["evidenceEnds"] = Typed.Integers(5),
    };
}
