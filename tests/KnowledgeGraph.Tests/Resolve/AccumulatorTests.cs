using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Resolve;

/// <summary>Merging what resolved to one id within a batch: each piece of evidence once, in first-seen order.</summary>
public sealed class AccumulatorTests
{
    private static Evidence At(string article, int start) => new(article, "中国科协召开会议。", start, start + 4);

    [Fact]
    public void A_body_that_recurs_in_a_batch_keeps_each_mention_once_in_first_seen_order_and_its_fullest_name()
    {
        var entities = new EntityAccumulator();
        entities.Add(new Entity("org_1", EntityTypes.Organization, "中国科协") { Mentions = [At("a", 0), At("b", 0)] });
        entities.Add(new Entity("org_2", EntityTypes.Organization, "广州市科协") { Mentions = [At("a", 9)] });
        entities.Add(new Entity("org_1", EntityTypes.Organization, "中国科学技术协会") { Mentions = [At("b", 0), At("c", 0)], Aliases = ["科协"] });
        entities.Add(new Entity("org_1", EntityTypes.Organization, "中国科协") { Mentions = [At("a", 0), At("d", 0)] });

        var merged = entities.ToList();

        merged.Select(e => e.Id).Should().Equal("org_1", "org_2");
        merged[0].Name.Should().Be("中国科学技术协会");
        merged[0].Aliases.Should().BeEquivalentTo("科协", "中国科协");
        merged[0].Mentions.Should().Equal(At("a", 0), At("b", 0), At("c", 0), At("d", 0));
        merged[1].Mentions.Should().Equal(At("a", 9));
    }

    [Fact]
    public void A_relation_stated_again_unites_its_evidence_once_each_and_keeps_the_highest_confidence()
    {
        var relations = new RelationAccumulator();
        relations.Add(new Relation("r_1", RelationTypes.MemberOf, "org_2", "org_1") { Confidence = 0.6, Evidence = [At("a", 0)] });
        relations.Add(new Relation("r_1", RelationTypes.MemberOf, "org_2", "org_1") { Confidence = 0.9, Evidence = [At("b", 0), At("a", 0)] });
        relations.Add(new Relation("r_1", RelationTypes.MemberOf, "org_2", "org_1") { Confidence = 0.7, Evidence = [At("c", 0)] });

        var merged = relations.ToList().Should().ContainSingle().Subject;

        merged.Confidence.Should().Be(0.9);
        merged.Evidence.Should().Equal(At("a", 0), At("b", 0), At("c", 0));
    }
}
