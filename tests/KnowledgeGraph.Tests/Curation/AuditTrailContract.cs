using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>Every decision is recorded with who, when and why; undo is a decision of its own; the trail needs a key. Run on both stores (AuditTrailTests, Neo4jAuditTrailTests).</summary>
public abstract class AuditTrailContract : CurationContract
{
    [Fact]
    public async Task The_trail_lists_every_decision_newest_first_with_actor_reason_and_undo_links()
    {
        using var api = await StartAsync();
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var cae = await api.EntityNamedAsync("中国工程院");

        var rename = (await api.MutateAsync(Gql.Update, new { id = cae.Id, n = "中国工程院(CAE)", k = (string?)null }))["updateEntity"]!;
        var alias = (await api.MutateAsync(Gql.AddAlias, new { id = cae.Id, a = "CAE" }))["addAlias"]!;
        var undo = (await api.MutateAsync(Gql.Undo, new { s = rename["seq"]!.GetValue<int>(), r = "keep the official name" }))["undoDecision"]!;

        var trail = (await api.QueryAsync(Gql.Decisions, new { e = cae.Id }))["decisions"]!;
        var nodes = trail["nodes"]!.AsArray().Select(n => n!).ToList();
        nodes.Select(n => n["seq"]!.GetValue<int>()).Should().Equal(alias["seq"]!.GetValue<int>(), rename["seq"]!.GetValue<int>());

        var all = (await api.QueryAsync(Gql.Decisions))["decisions"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        all.Select(n => n["kind"]!.GetValue<string>()).Should().Equal("UNDO", "ADD_ALIAS", "SET_ENTITY");
        all.Should().OnlyContain(n => n["actor"]!.GetValue<string>() == "test-writer");
        all.Should().OnlyContain(n => n["createdAt"]!.GetValue<DateTimeOffset>() >= started);

        var renameNow = all.Single(n => n["kind"]!.GetValue<string>() == "SET_ENTITY");
        renameNow["reason"]!.GetValue<string>().Should().Be("official name");
        renameNow["name"]!.GetValue<string>().Should().Be("中国工程院(CAE)");
        renameNow["priorName"]!.GetValue<string>().Should().Be("中国工程院");
        renameNow["active"]!.GetValue<bool>().Should().BeFalse();
        renameNow["undoneBy"]!.GetValue<int>().Should().Be(undo["seq"]!.GetValue<int>());
        all[0]["reason"]!.GetValue<string>().Should().Be("keep the official name");
        all[0]["undoes"]!.GetValue<int>().Should().Be(rename["seq"]!.GetValue<int>());

        // The undone rename is gone from the graph; the alias made after it stays.
        var now = await api.EntityNamedAsync("中国工程院");
        now.Aliases.Should().Contain("CAE").And.NotContain("中国工程院(CAE)");
    }

    [Fact]
    public async Task Undo_twice_unknown_decisions_and_anonymous_reads_are_refused_with_stable_codes()
    {
        using var api = await StartAsync();
        var cae = await api.EntityNamedAsync("中国工程院");
        var alias = (await api.MutateAsync(Gql.AddAlias, new { id = cae.Id, a = "CAE" }))["addAlias"]!;
        var seq = alias["seq"]!.GetValue<int>();

        await api.MutateAsync(Gql.Undo, new { s = seq, r = (string?)null });
        (await api.PostAsync(Gql.Undo, new { s = seq }, CurationServer.WriterKey)).Codes.Should().Equal("CONFLICT");
        (await api.PostAsync(Gql.Undo, new { s = seq + 1 }, CurationServer.WriterKey)).Codes.Should().Equal("CONFLICT"); // an undo cannot be undone
        (await api.PostAsync(Gql.Undo, new { s = 999 }, CurationServer.WriterKey)).Codes.Should().Equal("NOT_FOUND");
        (await api.PostAsync(Gql.Decisions)).Codes.Should().Equal("UNAUTHENTICATED");
        (await api.PostAsync(Gql.Candidates)).Codes.Should().Equal("UNAUTHENTICATED");
        (await api.PostAsync(Gql.RemoveAlias, new { id = cae.Id, a = "no such alias" }, CurationServer.WriterKey)).Codes.Should().Equal("BAD_USER_INPUT");
        (await api.PostAsync(Gql.AddRelation, new { t = RelationTypes.MemberOf, s = cae.Id, g = cae.Id, n = "x" }, CurationServer.WriterKey)).Codes.Should().Equal("BAD_USER_INPUT");
    }
}
