using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>The review queue over the sample corpus: the real duplicates first, parent bodies not offered, one mutation per candidate. Run on both stores (CandidateQueueTests, Neo4jCandidateQueueTests).</summary>
public abstract class CandidateQueueContract : CurationContract
{
    // 海智计划工作基地 left this list when the extractor learnt it is a category (51个海智计划工作基地), not a body: the gold
    // has no such entity, so there is no duplicate of it to offer.
    private static readonly (string, string)[] KnownDuplicates =
    [
        ("中央人才工作小组协调小组", "中央人才工作协调小组"),
        ("亚太地区工程组织联合会", "亚太工程组织联合会"),
        ("粤港澳大湾区国际科技创新中心", "粤港澳大湾区国际科技中心"),
        ("中国科协海智基地(广东)", "中国科协海智基地"),
        ("南沙新区国家人才离岸创新创业基地", "南沙新区国家海外人才离岸创新创业基地"),
    ];

    [Fact]
    public async Task The_seed_corpus_duplicates_rank_above_the_rest_and_parent_bodies_are_not_offered()
    {
        using var api = await StartAsync();
        var all = await DuplicatesAsync(api, 100);
        var top = all.Take(KnownDuplicates.Length).Select(Names).ToList();
        foreach (var (a, b) in KnownDuplicates)
        {
            top.Should().Contain(p => p.SetEquals(new[] { a, b }), $"{a} / {b} is a duplicate in the corpus");
        }

        all.Select(c => c["score"]!.GetValue<double>()).Should().BeInDescendingOrder();
        all.Select(Names).Should().NotContain(p => p.SetEquals(new[] { "中共中央", "中共中央组织部" }), "a ministry of the Central Committee is not the Committee");
        all.Select(Names).Should().NotContain(p => p.SetEquals(new[] { "中国科学院", "中国中医科学院" }));
    }

    [Fact]
    public async Task Accepting_merges_rejecting_keeps_apart_and_both_leave_the_queue()
    {
        using var api = await StartAsync();
        var all = await DuplicatesAsync(api, 100);
        var apac = all.Single(c => Names(c).Contains("亚太工程组织联合会"));
        var haizhi = all.Single(c => Names(c).Contains("中国科协海智基地"));

        var accepted = (await api.MutateAsync(Gql.Accept, new { id = apac["id"]!.GetValue<string>() }))["acceptCandidate"]!;
        accepted["kind"]!.GetValue<string>().Should().Be("MERGE");
        var rejected = (await api.MutateAsync(Gql.RejectCandidate, new { id = haizhi["id"]!.GetValue<string>() }))["rejectCandidate"]!;
        rejected["kind"]!.GetValue<string>().Should().Be("KEEP_APART");

        var keep = await api.EntityNamedAsync("亚太地区工程组织联合会");
        keep.Aliases.Should().Contain("亚太工程组织联合会");
        var left = (await DuplicatesAsync(api, 100)).Select(c => c["id"]!.GetValue<string>()).ToList();
        left.Should().NotContain(apac["id"]!.GetValue<string>()).And.NotContain(haizhi["id"]!.GetValue<string>());
        (await api.SnapshotAsync()).Entities.Should().Contain(e => e.Name == "中国科协海智基地", "keeping apart changes nothing in the graph");
    }

    [Fact]
    public async Task Low_confidence_relations_are_offered_lowest_first_and_confirming_or_rejecting_one_sticks_through_reingest()
    {
        using var api = await StartAsync();
        var data = await api.QueryAsync(Gql.Candidates, new { k = "LOW_CONFIDENCE_RELATION", f = 100 });
        var nodes = data["curationCandidates"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        nodes.Should().HaveCountGreaterThan(2);
        var before = await api.SnapshotAsync();
        nodes.Select(n => n["score"]!.GetValue<double>()).Should().BeInDescendingOrder();
        var lowest = before.Relations.Min(r => r.Confidence);
        nodes[0]["score"]!.GetValue<double>().Should().BeApproximately(1 - lowest, 1e-6);

        var confirmId = nodes[0]["relationId"]!.GetValue<string>();
        var rejectId = nodes[1]["relationId"]!.GetValue<string>();
        await api.MutateAsync(Gql.Accept, new { id = nodes[0]["id"]!.GetValue<string>() });
        await api.MutateAsync(Gql.RejectCandidate, new { id = nodes[1]["id"]!.GetValue<string>() });

        foreach (var pass in new[] { "after the decisions", "after a re-ingest" })
        {
            var now = await api.SnapshotAsync();
            now.Relations.Single(r => r.Id == confirmId).Confidence.Should().Be(1.0, pass);
            now.Relations.Single(r => r.Id == confirmId).Evidence.Should().Be(before.Relations.Single(r => r.Id == confirmId).Evidence, pass);
            now.Relations.Should().NotContain(r => r.Id == rejectId, pass);
            var queue = (await api.QueryAsync(Gql.Candidates, new { k = "LOW_CONFIDENCE_RELATION", f = 100 }))["curationCandidates"]!["nodes"]!.AsArray();
            queue.Select(n => n!["relationId"]!.GetValue<string>()).Should().NotContain(confirmId).And.NotContain(rejectId);
            await api.IngestCorpusAsync();
        }
    }

    private static async Task<List<JsonNode>> DuplicatesAsync(CurationServer api, int first)
    {
        var data = await api.QueryAsync(Gql.Candidates, new { k = "DUPLICATE", f = first });
        return [.. data["curationCandidates"]!["nodes"]!.AsArray().Select(n => n!)];
    }

    private static HashSet<string> Names(JsonNode candidate) =>
        [candidate["keep"]!["name"]!.GetValue<string>(), candidate["merge"]!["name"]!.GetValue<string>()];
}
