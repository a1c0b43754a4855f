using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Tests.Store.ScienceNetwork;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// Curation's side of the Query API exchange (<see cref="Neo4jCurationStore"/>): the reset and the batch writer's steps
/// share one explicit transaction, committed once or rolled back whole, and the snapshot is formatted like the embedded
/// store's. Whether the Cypher deletes and reads the right things is the live contract's job.
/// </summary>
public sealed class Neo4jCurationExchangeTests : IAsyncLifetime
{
    /// <summary>What the batch writer runs for <see cref="ScienceNetwork.Batch"/> when every reference exists.</summary>
    private static readonly string[] WriterSteps =
    [
        StatementNames.ForgetArticleRelations, StatementNames.ForgetArticleMentions, StatementNames.UpsertArticles,
        StatementNames.MergeEntities, StatementNames.ExistingArticles, StatementNames.MergeMentions, StatementNames.ExistingEntities,
        StatementNames.MergeRelations, StatementNames.RefreshRelations, StatementNames.RefreshEntities,
    ];

    private QueryApiResponder _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiResponder.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Replacing_resets_the_entities_then_writes_the_batch_in_one_transaction_and_commits_once()
    {
        AnswerExistenceChecksWithEverything();
        using var store = Store();
        await store.InitializeAsync();
        var before = _server.Requests.Count;

        var result = await new Neo4jCurationStore(store).ReplaceAsync([Guangzhou.Id, Shenzhen.Id, Guangzhou.Id], resetAll: false, Batch());

        result.Should().Be(new WriteResult(3, 10, 12, 0));
        var tx = _server.Requests.Skip(before).ToList();
        tx.Count(r => r.Path == "/db/kg/query/v2/tx").Should().Be(1, "one transaction");
        tx[0].Path.Should().Be("/db/kg/query/v2/tx");
        tx[^1].Path.Should().Be("/db/kg/query/v2/tx/tx1/commit");
        tx.Skip(1).Should().OnlyContain(r => r.Path.StartsWith("/db/kg/query/v2/tx/tx1", StringComparison.Ordinal)
            && r.Header("neo4j-cluster-affinity") == QueryApiResponder.Affinity);
        tx.Where(r => r.Statement is not null).Select(r => r.Statement).Distinct().Should()
            .Equal([StatementNames.UnindexRelationsOfEntities, StatementNames.ResetEntities, .. WriterSteps]);
        tx[0].StringList("ids").Should().Equal(Guangzhou.Id, Shenzhen.Id);
        tx[1].StringList("ids").Should().Equal(Guangzhou.Id, Shenzhen.Id);
    }

    [Fact]
    public async Task A_full_reset_empties_the_evidence_index_and_deletes_every_entity_before_the_writes()
    {
        AnswerExistenceChecksWithEverything();
        using var store = Store();

        await new Neo4jCurationStore(store).ReplaceAsync([], resetAll: true, Batch());

        var statements = _server.Requests.Where(r => r.Path.Contains("/tx", StringComparison.Ordinal) && r.Statement is not null)
            .Select(r => r.Statement).Distinct().ToList();
        statements.Should().Equal([StatementNames.UnindexAllRelations, StatementNames.ResetAll, .. WriterSteps]);
        _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task Reset_ids_beyond_the_batch_size_are_all_unindexed_before_any_entity_is_deleted()
    {
        AnswerExistenceChecksWithEverything();
        using var store = Store(o => o.BatchSize = 2);
        string[] ids = ["e1", "e2", "e3", "e4", "e5"];

        await new Neo4jCurationStore(store).ReplaceAsync(ids, resetAll: false, Batch());

        var reset = _server.Requests
            .Where(r => r.Statement is StatementNames.UnindexRelationsOfEntities or StatementNames.ResetEntities)
            .Select(r => (r.Statement, Ids: string.Join(",", r.StringList("ids")))).ToList();
        reset.Should().Equal(
            (StatementNames.UnindexRelationsOfEntities, "e1,e2"), (StatementNames.UnindexRelationsOfEntities, "e3,e4"),
            (StatementNames.UnindexRelationsOfEntities, "e5"),
            (StatementNames.ResetEntities, "e1,e2"), (StatementNames.ResetEntities, "e3,e4"), (StatementNames.ResetEntities, "e5"));
    }

    [Fact]
    public async Task A_failing_write_after_the_reset_rolls_the_whole_replacement_back()
    {
        AnswerExistenceChecksWithEverything(r => r.Statement == StatementNames.MergeRelations
            ? Reply.Error(400, "Neo.ClientError.Statement.TypeError", "Expected a String")
            : null);
        using var store = Store();

        var act = () => new Neo4jCurationStore(store).ReplaceAsync([Guangzhou.Id], resetAll: false, Batch());

        (await act.Should().ThrowAsync<Neo4jQueryException>()).Which.Code.Should().Be("Neo.ClientError.Statement.TypeError");
        _server.Requests.Should().Contain(r => r.Statement == StatementNames.ResetEntities && r.Path.StartsWith("/db/kg/query/v2/tx/tx1", StringComparison.Ordinal));
        _server.Requests.Should().ContainSingle(r => r.Method == "DELETE" && r.Path == "/db/kg/query/v2/tx/tx1");
        _server.Requests.Should().NotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal), "the reset is not committed without the writes");
    }

    [Fact]
    public async Task A_transient_failure_reruns_reset_and_writes_together()
    {
        var failures = 0;
        AnswerExistenceChecksWithEverything(r => r.Statement == StatementNames.MergeEntities && Interlocked.Increment(ref failures) == 1
            ? Reply.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : null);
        using var store = Store();

        await new Neo4jCurationStore(store).ReplaceAsync([Guangzhou.Id], resetAll: false, Batch());

        _server.Requests.Where(r => r.Statement == StatementNames.ResetEntities).Select(r => r.Path)
            .Should().Equal("/db/kg/query/v2/tx/tx1", "/db/kg/query/v2/tx/tx2");
        _server.Requests.Should().ContainSingle(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Which.Path.Should().Be("/db/kg/query/v2/tx/tx2/commit");
    }

    [Fact]
    public async Task The_snapshot_sorts_and_joins_like_the_embedded_store()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.SnapshotEntities => Reply.Rows(
            [
                new Dictionary<string, object?>
                {
                    ["id"] = Typed.String("org_b"), ["type"] = Typed.String("Organization"), ["name"] = Typed.String("乙会"),
                    ["kind"] = Typed.Null, ["aliases"] = Typed.Strings(), ["mentions"] = Typed.Strings(),
                },
                new Dictionary<string, object?>
                {
                    ["id"] = Typed.String("org_a"), ["type"] = Typed.String("Organization"), ["name"] = Typed.String("甲会"),
                    ["kind"] = Typed.String("ASSOCIATION"),

                    // U+FF08 sorts before U+2000B by code point (SQLite's order) though not by UTF-16 unit.
                    ["aliases"] = Typed.Strings("𠀋会", "（甲）会", "Jia"),
                    ["mentions"] = Typed.Strings("a_2:5-7", "a_10:0-2", "a_2:12-14"),
                },
            ]),
            StatementNames.SnapshotRelations => Reply.Rows(
            [
                new Dictionary<string, object?>
                {
                    ["id"] = Typed.String("rel_2"), ["type"] = Typed.String("MEMBER_OF"), ["sourceId"] = Typed.String("org_a"),
                    ["targetId"] = Typed.String("org_b"), ["confidence"] = Typed.Float(0.123456789),
                    ["evidenceArticleIds"] = Typed.Strings("a_2", "a_10"), ["evidenceStarts"] = Typed.Integers(5, 0), ["evidenceEnds"] = Typed.Integers(14, 9),
                },
                new Dictionary<string, object?>
                {
                    ["id"] = Typed.String("rel_1"), ["type"] = Typed.String("PARTNERS_WITH"), ["sourceId"] = Typed.String("org_b"),
                    ["targetId"] = Typed.String("org_a"), ["confidence"] = Typed.Integer(1),
                    ["evidenceArticleIds"] = Typed.Null, ["evidenceStarts"] = Typed.Null, ["evidenceEnds"] = Typed.Null,
                },
            ]),
            _ => Reply.Rows([]),
        };
        using var store = Store();

        var snapshot = await new Neo4jCurationStore(store).SnapshotAsync();

        snapshot.Entities.Should().Equal(
            new SnapshotEntity("org_a", "Organization", "甲会", "ASSOCIATION", "Jia|（甲）会|𠀋会", "a_10:0-2|a_2:12-14|a_2:5-7"),
            new SnapshotEntity("org_b", "Organization", "乙会", null, "", ""));
        snapshot.Relations.Should().Equal(
            new SnapshotRelation("rel_1", "PARTNERS_WITH", "org_b", "org_a", 1.0, ""),
            new SnapshotRelation("rel_2", "MEMBER_OF", "org_a", "org_b", 0.123457, "a_10:0-9|a_2:5-14"));
        _server.Requests.Should().OnlyContain(r => !r.Path.Contains("/tx"), "a snapshot is a read");
    }

    [Fact]
    public async Task Supporting_articles_and_a_relation_by_id_are_single_reads()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.ArticlesSupporting => Reply.Rows([Id("a_1"), Id("a_3")]),
            StatementNames.AllArticleIds => Reply.Rows([Id("a_1"), Id("a_2"), Id("a_3")]),
            StatementNames.RelationById when r.Parameter("id").GetString() == "rel_1" => Reply.Rows([new Dictionary<string, object?>
            {
                ["id"] = Typed.String("rel_1"), ["type"] = Typed.String("MEMBER_OF"), ["sourceId"] = Typed.String(Guangzhou.Id),
                ["targetId"] = Typed.String(Alliance.Id), ["confidence"] = Typed.Float(0.6),
            }]),
            _ => Reply.Rows([]),
        };
        using var store = Store();
        var curation = new Neo4jCurationStore(store);

        (await curation.ArticlesSupportingAsync([Guangzhou.Id, Alliance.Id, Guangzhou.Id])).Should().Equal("a_1", "a_3");
        (await curation.AllArticleIdsAsync()).Should().Equal("a_1", "a_2", "a_3");
        var relation = await curation.GetRelationAsync("rel_1");
        (await curation.GetRelationAsync("rel_unknown")).Should().BeNull();

        relation.Should().BeEquivalentTo(new { Id = "rel_1", Type = "MEMBER_OF", SourceId = Guangzhou.Id, TargetId = Alliance.Id, Confidence = 0.6 });
        _server.Requests.Single(r => r.Statement == StatementNames.ArticlesSupporting).StringList("ids").Should().Equal(Guangzhou.Id, Alliance.Id);
        _server.Requests.Should().OnlyContain(r => !r.Path.Contains("/tx"));
    }

    private Neo4jGraphStore Store(Action<Neo4jStoreOptions>? configure = null) => new(Options.Create(_server.Options(configure)));

    private static Dictionary<string, object?> Id(string id) => new() { ["id"] = Typed.String(id) };

    /// <summary>Existence checks find every id asked about; <paramref name="other"/> may override any answer.</summary>
    private void AnswerExistenceChecksWithEverything(Func<RecordedRequest, Reply?>? other = null) =>
        _server.Answer = r => other?.Invoke(r) ?? r.Statement switch
        {
            StatementNames.ExistingArticles or StatementNames.ExistingEntities =>
                Reply.Rows(r.StringList("ids").Select(id => (IReadOnlyDictionary<string, object?>)Id(id)).ToList(), "id"),
            StatementNames.DeleteUnsupportedRelations => Reply.Rows([new Dictionary<string, object?> { ["removed"] = Typed.Integer(0) }]),
            _ => Reply.Rows([]),
        };
}
