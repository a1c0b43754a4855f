using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Tests.Store.GraphBuilder;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// The embedded store keeps a person's normalised affiliation beside each of their names (migration 006), so resolution
/// reads only the namesakes it needs: the column must follow every write, and files from before it must get it.
/// </summary>
public sealed class SqliteNameScopeTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Entity Namesake(string name, string? affiliation, params string[] aliases) => Person(name) with
    {
        Id = Ids.Entity(EntityTypes.Person, name + "|" + affiliation),
        Aliases = aliases,
        Properties = affiliation is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [EntityProperties.Affiliation] = affiliation },
    };

    [Fact]
    public async Task Only_the_asked_affiliation_and_the_requested_number_of_other_namesakes_are_read()
    {
        using var store = Open(_folder.File("graph.db"));
        var wanted = Namesake("王芳", "复旦大学");
        var namesakes = Enumerable.Range(1, 20).Select(i => Namesake("王芳", $"第{i}研究所")).Append(wanted).ToArray();
        await store.WriteAsync(new GraphBuilder().Article("同名", "王芳。").Mention(namesakes).Build());

        var found = await store.FindResolutionCandidatesAsync(["王芳"], [new AffiliatedName("王芳", "复旦大学")], othersPerName: 2);

        found.Should().ContainSingle(e => e.Id == wanted.Id)
            .And.HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(3, "the asked namesake and two more at most");
        (await store.FindResolutionCandidatesAsync(["王芳"], [], othersPerName: 0)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_candidate_read_seeks_the_name_index_and_scans_no_table()
    {
        var path = _folder.File("graph.db");
        using (var store = Open(path))
        {
            await store.InitializeAsync();
        }

        await using var connection = await OpenRawAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + ReadSql.EntitiesForResolution;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3)); // the plan step's description
        }

        plan.Where(step => step.Contains("COVERING INDEX ix_entity_names_scope", StringComparison.Ordinal)).Should().HaveCount(3);
        plan.Should().NotContain(step => step.StartsWith("SCAN", StringComparison.Ordinal) && !step.Contains("VIRTUAL TABLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scope_follows_an_affiliation_stated_later_and_reaches_names_added_later()
    {
        var path = _folder.File("graph.db");
        using var store = Open(path);
        var person = Namesake("李明", null);
        await store.WriteAsync(new GraphBuilder().Article("一", "李明。").Mention(person).Build());
        await store.WriteAsync(new GraphBuilder().Article("二", "李明。")
            .Mention(person with { Properties = new Dictionary<string, string> { [EntityProperties.Affiliation] = "中国 科协" } }).Build());
        await store.WriteAsync(new GraphBuilder().Article("三", "黎明。").Mention(person with { Aliases = ["黎明"] }).Build());

        (await ScopesAsync(path, person.Id)).Should().Equal("李明 中国科协", "黎明 中国科协");
        (await store.FindResolutionCandidatesAsync(["黎明"], [new AffiliatedName("黎明", "中国科协")], othersPerName: 0))
            .Select(e => e.Id).Should().Equal(person.Id);

        await store.WriteAsync(new GraphBuilder().Article("四", "李明。")
            .Mention(person with { Properties = new Dictionary<string, string> { [EntityProperties.Affiliation] = "浙江大学" } }).Build());
        (await ScopesAsync(path, person.Id)).Should().Equal("李明 浙江大学", "黎明 浙江大学");
    }

    [Fact]
    public async Task Organizations_keep_an_empty_scope_even_with_an_affiliation_property()
    {
        var path = _folder.File("graph.db");
        using var store = Open(path);
        var lab = Organization("联合实验室", OrganizationKinds.Platform) with
        {
            Properties = new Dictionary<string, string> { [EntityProperties.Affiliation] = "浙江大学" },
        };
        await store.WriteAsync(new GraphBuilder().Article("一", "联合实验室。").Mention(lab).Build());

        (await ScopesAsync(path, lab.Id)).Should().Equal("联合实验室 ");
    }

    [Fact]
    public async Task A_file_from_before_the_scope_gets_it_filled_with_the_normalised_affiliation()
    {
        var path = _folder.File("graph.db");
        await using (var connection = await OpenRawAsync(path))
        {
            foreach (var migration in EmbeddedMigrations.All.Where(m => m.Version <= 5))
            {
                await ExecuteAsync(connection, migration.Sql);
            }

            await ExecuteAsync(connection, """
                PRAGMA user_version = 5;
                INSERT INTO entities (id, type, name, properties) VALUES
                    ('per_a', 'Person', '王芳', '{"affiliation":"“复旦 大学”","title":"教授"}'),
                    ('per_b', 'Person', '王芳', '{}'),
                    ('org_c', 'Organization', '复旦大学', '{"affiliation":"教育部"}');
                INSERT INTO entity_names (entity_id, name, normalized, is_alias) VALUES
                    ('per_a', '王芳', '王芳', 0), ('per_a', '王 芳', '王芳', 1), ('per_b', '王芳', '王芳', 0), ('org_c', '复旦大学', '复旦大学', 0);
                """);
        }

        using var store = Open(path);
        await store.InitializeAsync();

        (await ScopesAsync(path, "per_a")).Should().Equal("王 芳 复旦大学", "王芳 复旦大学");
        (await ScopesAsync(path, "per_b")).Should().Equal("王芳 ");
        (await ScopesAsync(path, "org_c")).Should().Equal("复旦大学 ");
        (await store.FindResolutionCandidatesAsync(["王芳"], [new AffiliatedName("王芳", "复旦大学")], othersPerName: 0))
            .Select(e => e.Id).Should().Equal("per_a", "per_b");
    }

    private static SqliteGraphStore Open(string path) => new(Options.Create(new SqliteStoreOptions { Path = path }));

    /// <summary>"name scope" for each name of the entity, by name.</summary>
    private static async Task<List<string>> ScopesAsync(string path, string entityId)
    {
        await using var connection = await OpenRawAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ' ' || scope FROM entity_names WHERE entity_id = $id ORDER BY name;";
        command.Parameters.AddWithValue("$id", entityId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A connection outside the store, unpooled so it leaves nothing open behind the test.</summary>
    private static async Task<SqliteConnection> OpenRawAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
