using System.Text.Json;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Copy;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The Neo4j decision log's transactions (<see cref="Neo4jDecisionLog"/>): an append numbers the decision from the
/// counter and creates it in one transaction; an undo appends the Undo and marks its target in one transaction, or is
/// refused and rolled back; a rerun of a transaction finds the decision its request already made.
/// </summary>
public sealed class Neo4jDecisionLogExchangeTests : IAsyncLifetime
{
    private const string CreatedAt = "2026-03-01T08:30:00.1234567Z";

    private QueryApiResponder _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiResponder.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Appending_numbers_the_decision_from_the_counter_and_creates_it_in_one_committed_transaction()
    {
        Answer(nextSeq: 7);
        using var store = Store();
        await store.InitializeAsync();
        var before = _server.Requests.Count;
        var payload = new DecisionPayload { EntityId = "per_a", IntoId = "per_b", PriorName = "甲" };

        var decision = await new Neo4jDecisionLog(store).AppendAsync(new NewDecision(DecisionKind.Merge, payload, "analyst", "same person"));

        decision.Should().BeEquivalentTo(new Decision(7, DecisionKind.Merge, payload, "analyst", "same person", DateTimeOffset.Parse(CreatedAt, System.Globalization.CultureInfo.InvariantCulture)));
        var tx = _server.Requests.Skip(before).ToList();
        tx.Select(r => r.Statement).Should().Equal(StatementNames.DecisionByRequest, StatementNames.NextDecisionSeq, StatementNames.CreateDecision, null);
        tx.Select(r => r.Path).Should().Equal("/db/kg/query/v2/tx", "/db/kg/query/v2/tx/tx1", "/db/kg/query/v2/tx/tx1", "/db/kg/query/v2/tx/tx1/commit");
        var create = tx[2];
        create.Parameter("seq").GetInt64().Should().Be(7);
        create.Parameter("kind").GetString().Should().Be("Merge");
        create.Parameter("payload").GetString().Should().Be("""{"EntityId":"per_a","IntoId":"per_b","PriorName":"\u7532"}""",
            "the embedded log's JSON text exactly: nulls left out, non-ASCII escaped");
        create.Parameter("requestId").GetString().Should().Be(tx[0].Parameter("requestId").GetString()).And.NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Undo_appends_an_undo_and_marks_its_target_in_one_transaction()
    {
        Answer(nextSeq: 8, target: Row(3, "Merge", """{"EntityId":"per_a","IntoId":"per_b"}""", undoneBy: null));
        using var store = Store();
        await store.InitializeAsync();
        var before = _server.Requests.Count;

        var undo = await new Neo4jDecisionLog(store).UndoAsync(3, "analyst", "wrong merge");

        undo.Seq.Should().Be(8);
        undo.Kind.Should().Be(DecisionKind.Undo);
        undo.Payload.UndoesSeq.Should().Be(3);
        var tx = _server.Requests.Skip(before).ToList();
        tx.Select(r => r.Statement).Should().Equal(StatementNames.DecisionByRequest, StatementNames.NextDecisionSeq, StatementNames.DecisionBySeq,
            StatementNames.CreateDecision, StatementNames.MarkDecisionUndone, null);
        tx[^1].Path.Should().Be("/db/kg/query/v2/tx/tx1/commit");
        tx.Count(r => r.Path == "/db/kg/query/v2/tx").Should().Be(1);
        tx[3].Parameter("payload").GetString().Should().Be("""{"UndoesSeq":3}""");
        tx[4].Parameter("seq").GetInt64().Should().Be(3);
        tx[4].Parameter("undoneBy").GetInt64().Should().Be(8);
    }

    [Fact]
    public async Task Undoing_an_undone_decision_or_an_undo_is_refused_and_rolled_back()
    {
        using var store = Store();
        var log = new Neo4jDecisionLog(store);

        Answer(nextSeq: 9, target: Row(3, "Merge", "{}", undoneBy: 5));
        var twice = () => log.UndoAsync(3, "analyst", null);
        await twice.Should().ThrowAsync<InvalidOperationException>().WithMessage("*3 was already undone by decision 5*");

        Answer(nextSeq: 9, target: Row(5, "Undo", """{"UndoesSeq":3}""", undoneBy: null));
        var undoOfUndo = () => log.UndoAsync(5, "analyst", null);
        await undoOfUndo.Should().ThrowAsync<InvalidOperationException>().WithMessage("*5 is an undo*");

        Answer(nextSeq: 9, target: null);
        var unknown = () => log.UndoAsync(99, "analyst", null);
        await unknown.Should().ThrowAsync<KeyNotFoundException>();

        _server.Requests.Should().NotContain(r => r.Statement == StatementNames.CreateDecision || r.Statement == StatementNames.MarkDecisionUndone);
        _server.Requests.Should().NotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal), "nothing refused is committed");
        _server.Requests.Count(r => r.Method == "DELETE").Should().Be(3, "each refused undo rolls its transaction back");
    }

    [Fact]
    public async Task A_rerun_transaction_finds_the_decision_its_request_already_made_instead_of_appending_again()
    {
        var byRequest = 0;
        Answer(nextSeq: 4);
        var answer = _server.Answer;
        _server.Answer = r => r.Statement switch
        {
            StatementNames.CreateDecision => Reply.Dropped, // the first attempt fails transiently …
            StatementNames.DecisionByRequest when Interlocked.Increment(ref byRequest) == 2 =>
                Reply.Rows([Row(4, "AddAlias", """{"EntityId":"org_a","Alias":"CAE"}""", undoneBy: null)]), // … the rerun finds it stored
            _ => answer(r),
        };
        using var store = Store();

        var decision = await new Neo4jDecisionLog(store).AppendAsync(
            new NewDecision(DecisionKind.AddAlias, new DecisionPayload { EntityId = "org_a", Alias = "CAE" }, "analyst", null));

        decision.Seq.Should().Be(4);
        var lookups = _server.Requests.Where(r => r.Statement == StatementNames.DecisionByRequest).ToList();
        lookups.Should().HaveCount(2);
        lookups[1].Parameter("requestId").GetString().Should().Be(lookups[0].Parameter("requestId").GetString(), "the rerun is the same request");
        _server.Requests.Count(r => r.Statement == StatementNames.CreateDecision).Should().Be(1, "the rerun appends nothing");
        _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task Reads_map_the_stored_decisions_in_one_request_each()
    {
        _server.Answer = r => r.Statement switch
        {
            StatementNames.AllDecisions => Reply.Rows([Row(1, "SetEntity", """{"EntityId":"org_a","Name":"乙"}""", undoneBy: 2), Row(2, "Undo", """{"UndoesSeq":1}""", undoneBy: null)]),
            StatementNames.ActiveDecisions => Reply.Rows([], "seq", "kind", "payload", "actor", "reason", "createdAt", "undoneBy"),
            StatementNames.DecisionBySeq => Reply.Rows([Row(1, "SetEntity", """{"EntityId":"org_a","Name":"乙"}""", undoneBy: 2)]),
            _ => Reply.Rows([]),
        };
        using var store = Store();
        var log = new Neo4jDecisionLog(store);

        var all = await log.AllAsync();
        (await log.ActiveAsync()).Should().BeEmpty();
        (await log.GetAsync(1))!.UndoneBy.Should().Be(2);

        all.Select(d => (d.Seq, d.Kind, d.UndoneBy, d.IsActive)).Should().Equal((1L, DecisionKind.SetEntity, (long?)2, false), (2L, DecisionKind.Undo, (long?)null, false));
        all[0].Payload.Should().Be(new DecisionPayload { EntityId = "org_a", Name = "乙" });
        _server.Requests.Single(r => r.Statement == StatementNames.ActiveDecisions).Parameter("undo").GetString().Should().Be("Undo");
        _server.Requests.Should().OnlyContain(r => !r.Path.Contains("/tx"), "reads need no explicit transaction");
    }

    [Fact]
    public async Task The_copy_verb_carries_the_embedded_log_over_with_its_seqs_in_one_transaction()
    {
        using var folder = new TempDirectory();
        var source = await EmbeddedStoreWithDecisionsAsync(folder);
        _server.Answer = r => r.Statement is StatementNames.ExistingArticles or StatementNames.ExistingEntities
            ? Reply.Rows(r.StringList("ids").Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = Typed.String(id) }).ToList(), "id")
            : Reply.Rows([]);
        using var store = Store();

        var report = await GraphCopier.CopyAsync(source, store, 200, null, CancellationToken.None);

        report.DecisionsCopied.Should().Be(3);
        var import = _server.Requests.SkipWhile(r => r.Statement != StatementNames.RaiseDecisionCounter).Take(4).ToList(); // then the counts are read
        import.Select(r => r.Statement).Should().Equal(StatementNames.RaiseDecisionCounter, StatementNames.AllDecisions, StatementNames.ImportDecisions, null);
        import[0].Path.Should().Be("/db/kg/query/v2/tx");
        import[^1].Path.Should().EndWith("/commit");
        import[0].Parameter("last").GetInt64().Should().Be(3);
        var rows = import[2].Parameter("rows").EnumerateArray().ToList();
        rows.Select(r => (r.GetProperty("seq").GetInt64(), r.GetProperty("kind").GetString())).Should().Equal((1L, "AddAlias"), (2L, "Merge"), (3L, "Undo"));
        rows[0].GetProperty("payload").GetString().Should().Be("""{"EntityId":"org_a","Alias":"\u7532"}""");
        rows[1].GetProperty("undoneBy").GetInt64().Should().Be(3);
        rows[2].GetProperty("payload").GetString().Should().Be("""{"UndoesSeq":2}""");
        rows[2].GetProperty("reason").GetString().Should().Be("not the same body");
    }

    [Fact]
    public async Task Copying_only_the_decisions_leaves_the_graph_in_Neo4j_alone()
    {
        using var folder = new TempDirectory();
        var source = await EmbeddedStoreWithDecisionsAsync(folder);
        using var store = Store();

        var report = await GraphCopier.CopyAsync(source, store, 200, null, CancellationToken.None, decisionsOnly: true);

        report.DecisionsCopied.Should().Be(3);
        report.Batches.Should().Be(0);
        _server.Requests.Should().NotContain(r => r.Statement == StatementNames.UpsertArticles);
        _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(1, "the log's one transaction");
    }

    [Fact]
    public async Task Copying_a_log_over_one_with_other_decisions_is_refused_and_rolled_back_but_a_rerun_is_allowed()
    {
        var copied = new Decision(1, DecisionKind.AddAlias, new DecisionPayload { EntityId = "org_a", Alias = "CAE" }, "analyst", null, DateTimeOffset.UtcNow);
        var held = Row(1, "AddAlias", """{"EntityId":"org_a","Alias":"CAE"}""", undoneBy: null);
        var madeInNeo4j = Row(2, "SetEntity", """{"EntityId":"org_a","Name":"乙"}""", undoneBy: null);
        using var store = Store();
        var log = new Neo4jDecisionLog(store);

        _server.Answer = r => r.Statement == StatementNames.AllDecisions ? Reply.Rows([held, madeInNeo4j]) : Reply.Rows([]);
        var act = () => log.ImportAsync([copied]);
        (await act.Should().ThrowAsync<DecisionLogConflictException>()).Which.Message.Should().Contain("decision 2");
        _server.Requests.Should().NotContain(r => r.Statement == StatementNames.ImportDecisions || r.Path.EndsWith("/commit", StringComparison.Ordinal));
        _server.Requests.Should().ContainSingle(r => r.Method == "DELETE");

        _server.Answer = r => r.Statement == StatementNames.AllDecisions ? Reply.Rows([held]) : Reply.Rows([]);
        (await log.ImportAsync([copied])).Should().Be(1, "the same decisions again: a rerun of the copy");
        _server.Requests.Should().Contain(r => r.Statement == StatementNames.ImportDecisions).And.Contain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    private Neo4jGraphStore Store() => new(Options.Create(_server.Options()));

    /// <summary>An embedded store holding the science network and a log of three decisions (the second one undone by the third).</summary>
    private static async Task<string> EmbeddedStoreWithDecisionsAsync(TempDirectory folder)
    {
        var source = folder.File("source.db");
        using (var graph = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = source })))
        {
            await graph.WriteAsync(ScienceNetwork.Batch());
        }

        using var embedded = new SqliteDecisionLog(Options.Create(new SqliteStoreOptions { Path = source }));
        await embedded.AppendAsync(new NewDecision(DecisionKind.AddAlias, new DecisionPayload { EntityId = "org_a", Alias = "甲" }, "analyst", "seen in a notice"));
        await embedded.AppendAsync(new NewDecision(DecisionKind.Merge, new DecisionPayload { EntityId = "org_b", IntoId = "org_a" }, "analyst", null));
        await embedded.UndoAsync(2, "reviewer", "not the same body");
        return source;
    }

    /// <summary>The counter gives <paramref name="nextSeq"/>; a create echoes its parameters; the target of an undo is <paramref name="target"/>.</summary>
    private void Answer(long nextSeq, Dictionary<string, object?>? target = null) => _server.Answer = r => r.Statement switch
    {
        StatementNames.NextDecisionSeq => Reply.Rows([new Dictionary<string, object?> { ["seq"] = Typed.Integer(nextSeq) }]),
        StatementNames.CreateDecision => Reply.Rows([Row(r.Parameter("seq").GetInt64(), r.Parameter("kind").GetString()!, r.Parameter("payload").GetString()!,
            undoneBy: null, actor: r.Parameter("actor").GetString()!,
            reason: r.Parameter("reason").ValueKind == JsonValueKind.Null ? null : r.Parameter("reason").GetString())]),
        StatementNames.DecisionBySeq => target is null ? Reply.Rows([], "seq") : Reply.Rows([target]),
        StatementNames.MarkDecisionUndone => Reply.Rows([new Dictionary<string, object?> { ["seq"] = Typed.Integer(r.Parameter("seq").GetInt64()) }]),
        _ => Reply.Rows([]),
    };

    private static Dictionary<string, object?> Row(long seq, string kind, string payload, long? undoneBy, string actor = "analyst", string? reason = null) => new()
    {
        ["seq"] = Typed.Integer(seq),
        ["kind"] = Typed.String(kind),
        ["payload"] = Typed.String(payload),
        ["actor"] = Typed.String(actor),
        ["reason"] = reason is null ? Typed.Null : Typed.String(reason),
        ["createdAt"] = Typed.DateTime(CreatedAt),
        ["undoneBy"] = undoneBy is null ? Typed.Null : Typed.Integer(undoneBy.Value),
    };
}
