using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Resolve;

/// <summary>Cross-article resolution against a real SQLite store: one id per body, context forms and namesakes kept apart.</summary>
public sealed class EntityResolverTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-resolve-").FullName;
    private readonly SqliteGraphStore _store;
    private readonly EntityResolver _resolver;

    public EntityResolverTests()
    {
        _store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") }));
        var contextNames = ContextDependentNames.LoadDefault();
        _resolver = new EntityResolver(_store, contextNames, KnowledgeOntology.Default, NullLogger<EntityResolver>.Instance);
    }

    private static ExtractedEntity Org(string name, params string[] aliases) =>
        new(EntityTypes.Organization, name) { Kind = OrganizationKinds.Association, Aliases = aliases };

    private static ExtractedEntity Person(string name) => new(EntityTypes.Person, name);

    private static DocumentGraph Doc(string origin, ExtractedEntity[] entities, params ExtractedRelation[] relations) =>
        new(new Article(Ids.Article(origin, 0), origin, string.Join("。", entities.Select(e => e.Name))), entities, relations);

    private static ExtractedRelation Holds(string person, string org, string title) =>
        new(RelationTypes.HoldsPosition, person, org) { Properties = new Dictionary<string, string> { ["title"] = title } };

    private async Task<GraphBatch> ResolveAndWriteAsync(params DocumentGraph[] graphs)
    {
        var batch = await _resolver.ResolveAsync(graphs, default);
        await _store.WriteAsync(batch);
        return batch;
    }

    [Fact]
    public async Task A_short_form_in_one_article_and_the_full_form_in_another_are_one_entity()
    {
        var first = await ResolveAndWriteAsync(Doc("a", [Org("中国科学技术协会", "中国科协")]));
        var second = await ResolveAndWriteAsync(Doc("b", [Org("中国科协")]));

        second.Entities.Single().Id.Should().Be(first.Entities.Single().Id);
        var stored = (await _store.GetEntitiesAsync([first.Entities.Single().Id])).Single();
        stored.Name.Should().Be("中国科学技术协会");
        stored.Aliases.Should().Contain("中国科协");
    }

    [Fact]
    public async Task Context_dependent_short_forms_never_merge_bodies_across_articles()
    {
        var guangzhou = await ResolveAndWriteAsync(Doc("a", [Org("广州市科协", "市科协")]));
        var shenzhen = await ResolveAndWriteAsync(Doc("b", [Org("深圳市科协", "市科协")]));
        var bare1 = await ResolveAndWriteAsync(Doc("c", [Org("省科协")]));
        var bare2 = await ResolveAndWriteAsync(Doc("d", [Org("省科协")]));

        shenzhen.Entities.Single().Id.Should().NotBe(guangzhou.Entities.Single().Id);
        bare2.Entities.Single().Id.Should().NotBe(bare1.Entities.Single().Id, "an unresolved 省科协 is the body of its own article");
    }

    [Fact]
    public async Task Namesakes_with_different_affiliations_stay_apart_and_a_bare_mention_joins_a_unique_one()
    {
        var a = await ResolveAndWriteAsync(Doc("a", [Person("张勇"), Org("浙江大学")], Holds("张勇", "浙江大学", "教授")));
        var b = await ResolveAndWriteAsync(Doc("b", [Person("张勇"), Org("四川省科协")], Holds("张勇", "四川省科协", "副主席")));
        var again = await ResolveAndWriteAsync(Doc("c", [Person("张勇"), Org("浙江大学")], Holds("张勇", "浙江大学", "院长")));

        string PersonId(GraphBatch batch) => batch.Entities.Single(e => e.Type == EntityTypes.Person).Id;
        PersonId(b).Should().NotBe(PersonId(a));
        PersonId(again).Should().Be(PersonId(a));

        var bare = await ResolveAndWriteAsync(Doc("d", [Person("欧阳明远")]));
        var later = await ResolveAndWriteAsync(Doc("e", [Person("欧阳明远"), Org("湖北省科协")], Holds("欧阳明远", "湖北省科协", "主席")));
        PersonId(later).Should().Be(PersonId(bare));
    }

    [Fact]
    public async Task Relations_the_ontology_does_not_allow_or_with_unknown_ends_are_dropped()
    {
        var batch = await _resolver.ResolveAsync(
            [Doc("a", [Person("李华"), Org("江苏省科协")],
                new ExtractedRelation(RelationTypes.Organized, "李华", "江苏省科协"),
                new ExtractedRelation(RelationTypes.MemberOf, "李华", "不存在的机构"),
                Holds("李华", "江苏省科协", "主席"))],
            default);

        batch.Relations.Should().ContainSingle().Which.Type.Should().Be(RelationTypes.HoldsPosition);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
