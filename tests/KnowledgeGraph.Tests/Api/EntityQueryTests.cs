using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Entities with their relations, relation endpoints and evidence.</summary>
[Collection(ApiCollection.Name)]
public sealed class EntityQueryTests(ApiServerFixture api)
{
    [Fact]
    public async Task An_organization_shows_its_relations_with_evidence_and_article()
    {
        var data = await api.DataAsync(
            """
            query($id: ID!) {
              entity(id: $id) {
                __typename id name type
                ... on Organization { kind }
                relations(types: [MEMBER_OF], direction: OUTGOING) {
                  totalCount
                  nodes {
                    type confidence
                    source { name } target { name ... on Organization { kind } }
                    evidence { sentence start end article { title url publishedOn publisher } }
                  }
                }
              }
            }
            """,
            new { id = TestGraph.OrgId(TestGraph.Guangzhou) });

        var entity = data["entity"]!;
        entity["__typename"]!.GetValue<string>().Should().Be("Organization");
        entity["type"]!.GetValue<string>().Should().Be("ORGANIZATION");
        entity["kind"]!.GetValue<string>().Should().Be("ASSOCIATION");
        var relation = entity["relations"]!["nodes"]![0]!;
        relation["type"]!.GetValue<string>().Should().Be("MEMBER_OF");
        relation["source"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Guangzhou);
        relation["target"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
        relation["target"]!["kind"]!.GetValue<string>().Should().Be("ALLIANCE");
        var evidence = relation["evidence"]![0]!;
        evidence["sentence"]!.GetValue<string>().Should().Be(TestGraph.AllianceSentence);
        evidence["end"]!.GetValue<int>().Should().BeGreaterThan(evidence["start"]!.GetValue<int>());
        evidence["article"]!["title"]!.GetValue<string>().Should().Be(TestGraph.AllianceTitle);
        evidence["article"]!["publishedOn"]!.GetValue<string>().Should().Be("2026-02-01");
        evidence["article"]!["url"]!.GetValue<string>().Should().Be("https://example.org/news/alliance");
    }

    [Fact]
    public async Task A_person_shows_the_title_of_a_held_position()
    {
        var data = await api.DataAsync(
            """{ people(filter: { nameContains: "张三" }) { nodes { __typename name relations(types: [HOLDS_POSITION]) { nodes { title target { name } } } } } }""");

        var person = data["people"]!["nodes"]![0]!;
        person["__typename"]!.GetValue<string>().Should().Be("Person");
        person["relations"]!["nodes"]![0]!["title"]!.GetValue<string>().Should().Be("主席");
        person["relations"]!["nodes"]![0]!["target"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Cast);
    }

    [Fact]
    public async Task Events_and_programs_are_listed_by_type()
    {
        var data = await api.DataAsync("{ events { nodes { __typename name } } programs { nodes { __typename name } } }");

        data["events"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Contain(TestGraph.Gala);
        data["programs"]!["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()).Should().OnlyContain(t => t == "Program");
    }

    [Fact]
    public async Task An_unknown_id_is_null_not_an_error()
    {
        var data = await api.DataAsync("""{ entity(id: "org_nope") { name } }""");

        data["entity"].Should().BeNull();
    }

    [Fact]
    public async Task Enums_come_from_the_ontology()
    {
        var data = await api.DataAsync("""{ kinds: __type(name: "OrganizationKind") { enumValues { name } } relations: __type(name: "RelationType") { enumValues { name } } }""");

        var kinds = data["kinds"]!["enumValues"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToList();
        kinds.Should().HaveCount(KnowledgeOntology.Default.OrganizationKinds.Count).And.Contain(["ALLIANCE", "OVERSEAS_SOCIETY", "RESEARCH_INSTITUTE"]);
        data["relations"]!["enumValues"]!.AsArray().Select(v => v!["name"]!.GetValue<string>())
            .Should().BeEquivalentTo(KnowledgeOntology.Default.RelationTypes.Select(r => r.Name));
    }

    [Fact]
    public async Task Every_type_and_field_of_the_schema_is_described()
    {
        var data = await api.DataAsync("{ __schema { types { name description fields { name description } } } }");

        var own = data["__schema"]!["types"]!.AsArray().Where(t => !t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)).ToList();
        var undescribed = own
            .Where(t => t!["name"]!.GetValue<string>() is not ("String" or "Int" or "Float" or "Boolean" or "ID"))
            .SelectMany(t => (t!["description"] is null ? [t["name"]!.GetValue<string>()] : Array.Empty<string>())
                .Concat(t["fields"]?.AsArray().Where(f => f!["description"] is null).Select(f => $"{t["name"]}.{f!["name"]}") ?? []))
            .ToList();
        undescribed.Should().BeEmpty();
    }

    [Fact]
    public async Task Stats_count_by_type()
    {
        var data = await api.DataAsync("{ stats { articles entities relations entitiesByType { name count } relationsByType { name count } } }");

        var byType = data["stats"]!["entitiesByType"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["count"]!.GetValue<int>());
        byType["Organization"].Should().BeGreaterThanOrEqualTo(TestGraph.SampleSocieties + 5);
        data["stats"]!["relationsByType"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Contain("MEMBER_OF");
    }
}
