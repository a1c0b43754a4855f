using System.Text;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Tests.Store.ScienceNetwork;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The adapter's side of the Query API exchange, against a real HTTP endpoint answering with the documented response
/// shapes: request shape, authentication, the transaction lifecycle, error mapping and retries. Whether the Cypher
/// does the right thing is the contract suite's job, which needs a live server.
/// </summary>
public sealed class Neo4jHttpExchangeTests : IAsyncLifetime
{
    private QueryApiResponder _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiResponder.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_read_posts_the_named_statement_with_its_parameters_basic_auth_and_typed_json_accept()
    {
        using var store = Store();

        await store.GetEntitiesAsync([Guangzhou.Id]);

        var requests = _server.Requests;
        requests.Select(r => r.Statement).Should().StartWith(store.Catalog.Schema.Select(s => s.Name), "the schema is applied before the first read")
            .And.EndWith(StatementNames.EntitiesByIds);
        var read = requests[^1];
        read.Method.Should().Be("POST");
        read.Path.Should().Be("/db/kg/query/v2");
        read.Header("Accept").Should().Be("application/vnd.neo4j.query");
        read.ContentType.Should().StartWith("application/json");
        read.Header("Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-pässword")));
        read.Text.Should().Be(store.Catalog[StatementNames.EntitiesByIds].Text);
        read.StringList("ids").Should().Equal(Guangzhou.Id);
        requests.Should().OnlyContain(r => !r.Path.Contains("/tx"), "reads run in implicit transactions");
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_basic_credentials()
    {
        using var store = Store(o => o.BearerToken = "aura-token-123");

        await store.GetStatsAsync();

        _server.Requests.Should().OnlyContain(r => r.Header("Authorization") == "Bearer aura-token-123");
    }

    [Fact]
    public async Task Typed_results_map_to_entities_relations_and_articles_without_loss()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.EntitiesByIds => Reply.Rows([EntityRow(Guangzhou.Id, "广州市科协", OrganizationKinds.Association)]),
            StatementNames.RelationsTouching => Reply.Rows([new Dictionary<string, object?>
            {
                ["id"] = Typed.String("r_1"), ["type"] = Typed.String(RelationTypes.MemberOf),
                ["sourceId"] = Typed.String(Guangzhou.Id), ["targetId"] = Typed.String(Alliance.Id),
                ["propertyKeys"] = Typed.Strings("role"), ["propertyValues"] = Typed.Strings("成员"),
                ["confidence"] = Typed.Integer(1),
                ["firstSeen"] = Typed.DateTime("2025-03-01T00:00:00Z"), ["lastSeen"] = Typed.Of("ZonedDateTime", "2025-06-20T08:00:00+08:00[Asia/Shanghai]"),
                ["evidenceArticleIds"] = Typed.Strings("a_2", "a_1"), ["evidenceSentences"] = Typed.Strings("乙。", "甲。"),
                ["evidenceStarts"] = Typed.Integers(4, 0), ["evidenceEnds"] = Typed.Integers(9, 5),
            }]),
            StatementNames.ArticlesByIds => Reply.Rows([new Dictionary<string, object?>
            {
                ["id"] = Typed.String("a_1"), ["document"] = Typed.String("doc"), ["title"] = Typed.Null, ["url"] = Typed.Null,
                ["publisher"] = Typed.String("科协"), ["author"] = Typed.Null, ["publishedOn"] = Typed.Date("2025-03-01"),
                ["contentHash"] = Typed.String("abc"), ["text"] = Typed.String("正文"),
            }]),
            _ => Reply.Rows([]),
        };
        using var store = Store();

        var entity = (await store.GetEntitiesAsync([Guangzhou.Id])).Should().ContainSingle().Subject;
        var relation = (await store.GetRelationsAsync([Guangzhou.Id], RelationFilter.All)).Should().ContainSingle().Subject;
        var article = (await store.GetArticlesAsync(["a_1"])).Should().ContainSingle().Subject;

        entity.Should().BeEquivalentTo(new Entity(Guangzhou.Id, EntityTypes.Organization, "广州市科协")
        {
            Kind = OrganizationKinds.Association,
            Aliases = ["广州市科学技术协会"],
            Properties = new Dictionary<string, string> { ["level"] = "市级", ["location"] = "广州" },
        });
        relation.Confidence.Should().Be(1.0, "a confidence stored as Integer reads as a number all the same");
        relation.Properties.Should().Equal(new Dictionary<string, string> { ["role"] = "成员" });
        relation.FirstSeen.Should().Be(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        relation.LastSeen.Should().Be(new DateTimeOffset(2025, 6, 20, 0, 0, 0, TimeSpan.Zero), "the offset, not the zone name, fixes the instant");
        relation.Evidence.Should().Equal(new Evidence("a_1", "甲。", 0, 5), new Evidence("a_2", "乙。", 4, 9));
        article.Should().BeEquivalentTo(new KnowledgeGraph.Model.Articles.Article("a_1", "doc", "正文")
        {
            Publisher = "科协",
            PublishedOn = new DateOnly(2025, 3, 1),
            ContentHash = "abc",
        });
    }

    [Fact]
    public async Task A_batch_is_one_explicit_transaction_opened_run_with_affinity_and_committed()
    {
        AnswerExistenceChecksWithEverything();
        using var store = Store();
        await store.InitializeAsync();
        var schemaRequests = _server.Requests.Count;

        var result = await store.WriteAsync(Batch());

        result.Should().Be(new WriteResult(3, 10, 12, 0));
        var tx = _server.Requests.Skip(schemaRequests).ToList();
        tx[0].Path.Should().Be("/db/kg/query/v2/tx");
        tx[0].Statement.Should().Be(StatementNames.ForgetArticleRelations);
        tx[^1].Path.Should().Be("/db/kg/query/v2/tx/tx1/commit");
        tx.Skip(1).Should().OnlyContain(r => r.Path.StartsWith("/db/kg/query/v2/tx/tx1", StringComparison.Ordinal)
            && r.Header("neo4j-cluster-affinity") == QueryApiResponder.Affinity);
        tx.Where(r => r.Statement is not null).Select(r => r.Statement).Distinct().Should().Equal(
            StatementNames.ForgetArticleRelations, StatementNames.ForgetArticleMentions, StatementNames.UpsertArticles,
            StatementNames.MergeEntities, StatementNames.ExistingArticles, StatementNames.MergeMentions, StatementNames.ExistingEntities,
            StatementNames.MergeRelations, StatementNames.RefreshRelations, StatementNames.RefreshEntities);
        var relations = tx.Single(r => r.Statement == StatementNames.MergeRelations).Parameter("rows");
        relations.GetArrayLength().Should().Be(12);
        relations[0].GetProperty("confidence").GetRawText().Should().Contain(".", "a confidence always travels as a Cypher Float");
    }

    [Fact]
    public async Task Rows_beyond_the_batch_size_go_in_several_statements_of_the_same_transaction()
    {
        AnswerExistenceChecksWithEverything();
        using var store = Store(o => o.BatchSize = 4);

        await store.WriteAsync(Batch());

        var merges = _server.Requests.Where(r => r.Statement == StatementNames.MergeRelations).ToList();
        merges.Select(r => r.Parameter("rows").GetArrayLength()).Should().Equal(4, 4, 4);
        _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_batch_back_and_reports_the_neo4j_error()
    {
        AnswerExistenceChecksWithEverything(r => r.Statement == StatementNames.MergeRelations
            ? Reply.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Entity` and property `id`")
            : null);
        using var store = Store();

        var act = () => store.WriteAsync(Batch());

        var error = (await act.Should().ThrowAsync<Neo4jQueryException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Schema.ConstraintValidationFailed");
        error.IsTransient.Should().BeFalse();
        error.Message.Should().Contain(StatementNames.MergeRelations);
        _server.Requests.Should().ContainSingle(r => r.Method == "DELETE" && r.Path == "/db/kg/query/v2/tx/tx1");
        _server.Requests.Should().NotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        _server.Requests.Count(r => r.Statement == StatementNames.MergeRelations).Should().Be(1, "a client error is not retried");
    }

    [Fact]
    public async Task A_relation_to_an_unknown_entity_fails_the_batch_before_commit()
    {
        _server.Answer = r => r.Statement == StatementNames.ExistingArticles ? Echo(r, "ids") : Reply.Rows([], "id");
        using var store = Store();
        var batch = Batch();

        var act = () => store.WriteAsync(batch);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage($"*{batch.Relations[0].Id}*Nothing of the batch was written*");
        _server.Requests.Should().Contain(r => r.Method == "DELETE").And.NotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        _server.Requests.Should().NotContain(r => r.Statement == StatementNames.MergeRelations);
    }

    [Fact]
    public async Task A_transient_error_reruns_the_whole_transaction()
    {
        var failures = 0;
        AnswerExistenceChecksWithEverything(r => r.Statement == StatementNames.MergeEntities && Interlocked.Increment(ref failures) == 1
            ? Reply.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : null);
        using var store = Store();

        var result = await store.WriteAsync(Batch());

        result.EntitiesWritten.Should().Be(10);
        _server.Requests.Count(r => r.Path == "/db/kg/query/v2/tx").Should().Be(2);
        _server.Requests.Should().ContainSingle(r => r.Method == "DELETE" && r.Path == "/db/kg/query/v2/tx/tx1");
        _server.Requests.Should().ContainSingle(r => r.Path == "/db/kg/query/v2/tx/tx2/commit");
    }

    [Fact]
    public async Task A_503_and_a_reset_connection_are_retried_for_reads()
    {
        var calls = 0;
        _server.Answer = r => r.Statement != StatementNames.Stats ? Reply.Rows([]) : Interlocked.Increment(ref calls) switch
        {
            1 => Reply.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is unavailable"),
            2 => Reply.Dropped,
            _ => Reply.Rows([new Dictionary<string, object?> { ["counted"] = Typed.String("article"), ["type"] = Typed.String("Article"), ["n"] = Typed.Integer(3) }]),
        };
        using var store = Store();

        var stats = await store.GetStatsAsync();

        stats.Articles.Should().Be(3);
        calls.Should().Be(3);
    }

    [Fact]
    public async Task Retries_give_up_after_the_configured_number_and_say_the_failure_was_transient()
    {
        _server.Answer = r => r.Statement == StatementNames.Stats ? Reply.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "down") : Reply.Rows([]);
        using var store = Store(o => o.MaxRetries = 2);

        var act = () => store.GetStatsAsync();

        (await act.Should().ThrowAsync<Neo4jQueryException>()).Which.IsTransient.Should().BeTrue();
        _server.Requests.Count(r => r.Statement == StatementNames.Stats).Should().Be(3);
    }

    [Fact]
    public async Task An_authentication_failure_is_reported_without_the_credentials()
    {
        _server.Answer = _ => Reply.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        var logs = new ListLogger<Neo4jGraphStore>();
        using var store = new Neo4jGraphStore(Options.Create(_server.Options()), logger: logs);

        var act = () => store.GetStatsAsync();

        var error = (await act.Should().ThrowAsync<Neo4jQueryException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Security.Unauthorized");
        error.ToString().Should().NotContain("s3cret-pässword");
        store.Server.Should().NotContain("s3cret-pässword").And.Contain("password=***");
    }

    [Fact]
    public async Task Retry_warnings_name_the_statement_and_code_but_never_a_credential()
    {
        var calls = 0;
        _server.Answer = r => r.Statement == StatementNames.Stats && Interlocked.Increment(ref calls) == 1
            ? Reply.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "down")
            : Reply.Rows([]);
        var logs = new ListLogger<Neo4jGraphStore>();
        using var store = new Neo4jGraphStore(Options.Create(_server.Options(o => o.BearerToken = "tok-987")), logger: logs);

        await store.GetStatsAsync();

        logs.Messages.Should().ContainSingle().Which.Should().Contain(StatementNames.Stats).And.Contain("Neo.TransientError.General.DatabaseUnavailable");
        logs.Messages.Should().NotContain(m => m.Contains("tok-987") || m.Contains("s3cret-pässword"));
    }

    private Neo4jGraphStore Store(Action<Neo4jStoreOptions>? configure = null) => new(Options.Create(_server.Options(configure)));

    /// <summary>Existence checks find every id asked about; <paramref name="other"/> may override any answer.</summary>
    private void AnswerExistenceChecksWithEverything(Func<RecordedRequest, Reply?>? other = null) =>
        _server.Answer = r => other?.Invoke(r) ?? r.Statement switch
        {
            StatementNames.ExistingArticles or StatementNames.ExistingEntities => Echo(r, "ids"),
            StatementNames.DeleteUnsupportedRelations => Reply.Rows([new Dictionary<string, object?> { ["removed"] = Typed.Integer(0) }]),
            _ => Reply.Rows([]),
        };

    private static Reply Echo(RecordedRequest r, string parameter) =>
        Reply.Rows(r.StringList(parameter).Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = Typed.String(id) }).ToList(), "id");

    private static Dictionary<string, object?> EntityRow(string id, string name, string kind) => new()
    {
        ["id"] = Typed.String(id),
        ["type"] = Typed.String(EntityTypes.Organization),
        ["kind"] = Typed.String(kind),
        ["name"] = Typed.String(name),
        ["aliases"] = Typed.Strings("广州市科学技术协会"),
        ["propertyKeys"] = Typed.Strings("location", "level"),
        ["propertyValues"] = Typed.Strings("广州", "市级"),
    };
}
