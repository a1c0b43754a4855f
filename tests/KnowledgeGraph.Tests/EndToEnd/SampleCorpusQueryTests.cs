using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Tests.EndToEnd;

/// <summary>
/// The product's promise end to end: the bundled corpus files → parse → extract → resolve → SQLite → GraphQL, and the
/// user's own question answered with the sentence that says so.
/// </summary>
public sealed class SampleCorpusQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-e2e-").FullName;

    private async Task<JsonNode> QueryAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql",
            new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["errors"].Should().BeNull(body.ToJsonString());
        return body["data"]!;
    }

    [Fact]
    public async Task The_alliance_linking_guangzhou_and_shenzhen_associations_comes_back_with_its_evidence()
    {
        await using var factory = new WebApplicationFactory<GraphApiEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Store:Sqlite:Path", Path.Combine(_folder, "graph.db"));
            b.UseSetting("Api:SeedSampleCorpus", "true");
        });
        using var client = factory.CreateClient();

        var data = await QueryAsync(client, """
            { linkingOrganizations(memberNames: ["广州市科协", "深圳市科协"]) {
                organization { name }
                links { type source { name } evidence { sentence article { title } } } } }
            """);

        var alliance = data["linkingOrganizations"]!.AsArray().Single(l => l!["organization"]!["name"]!.GetValue<string>() == "粤港澳大湾区科技协同创新联盟")!;
        var links = alliance["links"]!.AsArray();
        links.Select(l => l!["source"]!["name"]!.GetValue<string>()).Should().Contain(["广州市科协", "深圳市科协"]);
        var sentence = links[0]!["evidence"]![0]!["sentence"]!.GetValue<string>();
        sentence.Should().Contain("粤港澳大湾区科技协同创新联盟").And.Contain("深圳市科协").And.Contain("广州市科协");
        links[0]!["evidence"]![0]!["article"]!["title"]!.GetValue<string>().Should().NotBeNullOrEmpty();

        var people = await QueryAsync(client, """
            { search(name: "冯身洪") { edges { node { name
                relations(types: [HOLDS_POSITION]) { edges { node { title target { name } evidence { sentence } } } } } } } }
            """);
        var position = people["search"]!["edges"]![0]!["node"]!["relations"]!["edges"]![0]!["node"]!;
        position["target"]!["name"]!.GetValue<string>().Should().Contain("中国科");
        position["title"]!.GetValue<string>().Should().Contain("副主席");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled handle only leaves a temp folder behind.
        }
    }
}
