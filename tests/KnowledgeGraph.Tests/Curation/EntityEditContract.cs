using KnowledgeGraph.Ingest.Curate;
using KnowledgeGraph.Model.Ontology;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>Names, kinds, aliases and hand-made relations: kept through re-ingest and a rebuild from the article archive. Run on both stores (EntityEditTests, Neo4jEntityEditTests).</summary>
public abstract class EntityEditContract : CurationContract
{
    [Fact]
    public async Task Renames_kinds_alias_removals_and_manual_relations_survive_reingest_and_rebuild()
    {
        using var api = await StartAsync();
        var department = await api.EntityNamedAsync("广东省科学技术厅");
        department.Aliases.Should().Contain("我厅", "the extractor took the notice's 我厅 as an alias");
        var cae = await api.EntityNamedAsync("中国工程院");
        var cast = await api.EntityNamedAsync("中国科学技术协会");

        await api.MutateAsync(Gql.RemoveAlias, new { id = department.Id, a = "我厅" });
        await api.MutateAsync(Gql.Update, new { id = cae.Id, n = "中国工程院(院部)", k = "GOVERNMENT" });
        var added = (await api.MutateAsync(Gql.AddRelation, new { t = RelationTypes.PartnersWith, s = cast.Id, g = cae.Id, n = "joint notice 2026-03, not in the corpus" }))["addRelation"]!;
        added["kind"]!.GetValue<string>().Should().Be("ADD_RELATION");

        var curated = await api.SnapshotAsync();
        foreach (var pass in new[] { "after the decisions", "after a re-ingest", "after a rebuild" })
        {
            (await api.Store.GetEntitiesAsync([department.Id]))[0].Aliases.Should().NotContain("我厅", pass);
            var renamed = (await api.Store.GetEntitiesAsync([cae.Id]))[0];
            renamed.Name.Should().Be("中国工程院(院部)", pass);
            renamed.Kind.Should().Be(OrganizationKinds.Government, pass);
            renamed.Aliases.Should().Contain("中国工程院", "the extractor's form still finds the entity");
            var manual = (await api.RelationsOfAsync(cast.Id)).Single(r => r.Type == RelationTypes.PartnersWith && (r.SourceId == cae.Id || r.TargetId == cae.Id));
            manual.Properties.Should().Contain("note", "joint notice 2026-03, not in the corpus").And.Contain("curation", "manual");
            manual.Evidence.Should().BeEmpty(pass);
            (await api.SnapshotAsync()).Should().BeEquivalentTo(curated, o => o.WithStrictOrdering(), pass);

            if (pass == "after the decisions")
            {
                await api.IngestCorpusAsync();
            }
            else if (pass == "after a re-ingest")
            {
                await api.Services.GetRequiredService<Reextractor>().RunAsync(rebuild: true, null, CancellationToken.None);
            }
        }
    }
}
