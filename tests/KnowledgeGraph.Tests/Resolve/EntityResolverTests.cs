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
    public async Task Among_many_namesakes_a_mention_joins_the_one_of_its_affiliation_and_a_bare_mention_joins_no_affiliated_one()
    {
        string PersonId(GraphBatch batch) => batch.Entities.Single(e => e.Type == EntityTypes.Person).Id;
        var first = PersonId(await ResolveAndWriteAsync(Doc("bare", [Person("王伟")])));
        var stated = PersonId(await ResolveAndWriteAsync(Doc("stated", [Person("王伟"), Org("宁夏科协")], Holds("王伟", "宁夏科协", "主席"))));
        stated.Should().Be(first, "a bare namesake that is the only one takes the affiliation stated later");

        var universities = Enumerable.Range(1, 6).Select(i => $"第{i}理工大学").ToArray();
        var others = new List<string>();
        foreach (var university in universities)
        {
            others.Add(PersonId(await ResolveAndWriteAsync(Doc(university, [Person("王伟"), Org(university)], Holds("王伟", university, "教授")))));
        }

        others.Should().OnlyHaveUniqueItems().And.NotContain(first);
        PersonId(await ResolveAndWriteAsync(Doc("again-1", [Person("王伟"), Org("宁夏科协")], Holds("王伟", "宁夏科协", "主席")))).Should().Be(first);
        PersonId(await ResolveAndWriteAsync(Doc("again-2", [Person("王伟"), Org(universities[^1])], Holds("王伟", universities[^1], "院长")))).Should().Be(others[^1]);
        others.Should().NotContain(PersonId(await ResolveAndWriteAsync(Doc("bare-again", [Person("王伟")]))), "seven namesakes: no unique one to join");
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
