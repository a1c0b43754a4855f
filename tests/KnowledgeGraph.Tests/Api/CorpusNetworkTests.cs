using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// Each network question against the graph the ingest pipeline builds from samples/corpus. The extractor decides the exact
/// graph, so these assert what must hold of any answer: consistency with the lists, orderings, evidence on every relation.
/// </summary>
[Collection(CorpusApiCollection.Name)]
public sealed class CorpusNetworkTests(CorpusApiFixture api)
{
    [Fact]
    public async Task Aggregates_add_up_to_the_lists_and_stats()
    {
        var data = await api.DataAsync("""
            { stats { articles } organizations { totalCount } countsByKind { name count } countsByProvince { name count } articlesByMonth { name count } }
            """);

        var organizations = data["organizations"]!["totalCount"]!.GetValue<int>();
        organizations.Should().BePositive();
        Sum(data["countsByKind"]!).Should().Be(organizations);
        Sum(data["countsByProvince"]!).Should().Be(organizations);
        Sum(data["articlesByMonth"]!).Should().BeLessThanOrEqualTo(data["stats"]!["articles"]!.GetValue<int>());
        data["countsByKind"]!.AsArray().Select(c => c!["count"]!.GetValue<int>()).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task Top_entities_and_brokers_are_ranked_most_first()
    {
        var data = await api.DataAsync("""
            { topEntities(by: NEIGHBORS, first: 10) { nodes { score } }
              degree: brokers(types: [ORGANIZATION], first: 10) { brokers { nodes { degree } } }
              between: brokers(by: BETWEENNESS, first: 10) { sampled brokers { nodes { betweenness } } } }
            """);

        data["topEntities"]!["nodes"]!.AsArray().Select(n => n!["score"]!.GetValue<double>()).Should().NotBeEmpty().And.BeInDescendingOrder();
        data["degree"]!["brokers"]!["nodes"]!.AsArray().Select(n => n!["degree"]!.GetValue<int>()).Should().BeInDescendingOrder();
        var between = data["between"]!["brokers"]!["nodes"]!.AsArray().Select(n => n!["betweenness"]!.GetValue<double>()).ToList();
        between.Should().BeInDescendingOrder().And.OnlyContain(b => b >= 0);
        between[0].Should().BePositive("a graph from news has someone on the paths between others");
    }

    [Fact]
    public async Task The_busiest_event_participant_has_co_participants_with_evidence()
    {
        var events = await api.DataAsync("{ topEntities(by: RELATIONS, type: EVENT, first: 1) { nodes { entity { id relations(first: 100, types: [ORGANIZED, ATTENDED]) { nodes { source { id } } } } } } }");
        var busiest = events["topEntities"]!["nodes"]!.AsArray().Should().ContainSingle().Subject!["entity"]!;
        var participants = busiest["relations"]!["nodes"]!.AsArray().Select(r => r!["source"]!["id"]!.GetValue<string>()).Distinct().ToList();
        participants.Should().HaveCountGreaterThan(1, "the busiest event of the corpus has several organisers or attendees");

        var data = await api.DataAsync(
            "query($id: ID!) { coParticipants(id: $id, first: 50) { totalCount nodes { entity { id } sharedEvents links { evidence { sentence article { title } } } } } }",
            new { id = participants[0] });

        var nodes = data["coParticipants"]!["nodes"]!.AsArray();
        nodes.Select(n => n!["entity"]!["id"]!.GetValue<string>()).Should().Contain(participants.Skip(1));
        nodes.Select(n => n!["sharedEvents"]!.GetValue<int>()).Should().BeInDescendingOrder().And.OnlyContain(s => s >= 1);
        nodes.Should().OnlyContain(n => n!["links"]!.AsArray().All(l => l!["evidence"]!.AsArray().Count > 0));
    }

    [Fact]
    public async Task Paths_neighbourhoods_and_timelines_agree_around_the_most_connected_entity()
    {
        var top = await api.DataAsync("{ topEntities(by: NEIGHBORS, first: 1) { nodes { entity { id } } } }");
        var id = top["topEntities"]!["nodes"]![0]!["entity"]!["id"]!.GetValue<string>();

        var data = await api.DataAsync("""
            query($id: ID!) {
              neighborhood(id: $id, depth: 2, types: [ORGANIZATION, EVENT], maxNodes: 200) { nodes { id type } edges { source { id } target { id } evidence { sentence } } truncated }
              timeline(id: $id, first: 100) { totalCount nodes { firstSeen evidence { article { publishedOn } } } }
            }
            """, new { id });

        var nodes = data["neighborhood"]!["nodes"]!.AsArray();
        nodes.Should().OnlyContain(n => n!["type"]!.GetValue<string>() == "ORGANIZATION" || n["type"]!.GetValue<string>() == "EVENT" || n["id"]!.GetValue<string>() == id);
        var ids = nodes.Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        data["neighborhood"]!["edges"]!.AsArray().Should().OnlyContain(e =>
            ids.Contains(e!["source"]!["id"]!.GetValue<string>()) && ids.Contains(e["target"]!["id"]!.GetValue<string>()) && e["evidence"]!.AsArray().Count > 0);
        data["timeline"]!["nodes"]!.AsArray().Where(n => n!["firstSeen"] is not null)
            .Select(n => n!["firstSeen"]!.GetValue<DateTimeOffset>()).Should().BeInAscendingOrder();

        var far = nodes.Select(n => n!["id"]!.GetValue<string>()).Last(n => n != id);
        var paths = await api.DataAsync("query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length edges { evidence { sentence } } } }", new { a = id, b = far });
        paths["paths"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(p => p!["length"]!.GetValue<int>() <= 4
            && p["edges"]!.AsArray().All(e => e!["evidence"]!.AsArray().Count > 0));
    }

    [Fact]
    public async Task Positions_of_a_person_are_their_held_posts_and_changes_cover_the_ingestion()
    {
        var people = await api.DataAsync("{ people(first: 100) { nodes { id relations(types: [HOLDS_POSITION], direction: OUTGOING) { totalCount } } } }");
        var holder = people["people"]!["nodes"]!.AsArray().FirstOrDefault(p => p!["relations"]!["totalCount"]!.GetValue<int>() > 0);
        holder.Should().NotBeNull("the sample corpus names office holders");

        var data = await api.DataAsync("""
            query($id: ID!) { positions(personId: $id) { organization { name } title from relation { evidence { sentence } } }
                              changes(since: "2000-01-01T00:00:00Z", first: 1) { totalCount } stats { entities relations } }
            """, new { id = holder!["id"]!.GetValue<string>() });

        data["positions"]!.AsArray().Should().HaveCount(holder["relations"]!["totalCount"]!.GetValue<int>())
            .And.OnlyContain(p => p!["relation"]!["evidence"]!.AsArray().Count > 0);
        data["changes"]!["totalCount"]!.GetValue<int>().Should().BePositive()
            .And.BeLessThanOrEqualTo(data["stats"]!["entities"]!.GetValue<int>() + data["stats"]!["relations"]!.GetValue<int>());
    }

    private static int Sum(JsonNode counts) => counts.AsArray().Sum(c => c!["count"]!.GetValue<int>());
}
