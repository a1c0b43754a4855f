using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Tests.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The API host configured the way the live curation contract configures it (Store:Provider=Neo4j through host
/// settings), against the local Query API responder: curation is wired to the Neo4j store and reaches it, instead of
/// answering NOT_SUPPORTED as it did before Neo4j had re-derivation.
/// </summary>
public sealed class Neo4jCurationWiringTests : IAsyncLifetime
{
    private QueryApiResponder _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiResponder.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_api_host_with_provider_Neo4j_curates_through_the_Neo4j_store_and_decision_log()
    {
        using var api = await CurationServer.StartAsync(seedCorpus: false, neo4j: _server.Options());

        api.Services.GetRequiredService<ICurationStore>().Should().BeOfType<Neo4jCurationStore>();
        api.Services.GetRequiredService<IDecisionLog>().Should().BeOfType<Neo4jDecisionLog>();
        _server.Requests.Should().Contain(r => r.Statement == StatementNames.ClearGraph, "the contract starts from an empty database");

        // The responder holds no entities: a merge is checked against the Neo4j graph and refused as unknown, not unsupported.
        (await api.PostAsync(Gql.Merge, new { a = "per_a", b = "per_b" }, CurationServer.WriterKey)).Codes.Should().Equal("NOT_FOUND");
        (await api.QueryAsync(Gql.Decisions))["decisions"]!["totalCount"]!.GetValue<int>().Should().Be(0);
        _server.Requests.Should().Contain(r => r.Statement == StatementNames.AllDecisions, "the audit trail is read from Neo4j");
    }
}
