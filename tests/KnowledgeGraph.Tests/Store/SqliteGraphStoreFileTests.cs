using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Model.Ontology.RelationTypes;
using static KnowledgeGraph.Tests.Store.ScienceNetwork;

namespace KnowledgeGraph.Tests.Store;

/// <summary>What only the SQLite store promises: the file, its schema version, WAL, and refusing files that are not its own.</summary>
public sealed class SqliteGraphStoreFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_new_file_gets_the_latest_schema_version_in_WAL_mode_in_a_folder_created_for_it()
    {
        var path = Path.Combine(_folder.Path, "nested", "deeper", "graph.db");
        using (var store = Open(path))
        {
            await store.InitializeAsync();
        }

        File.Exists(path).Should().BeTrue();
        (await ScalarAsync(path, "PRAGMA user_version;")).Should().Be((long)EmbeddedMigrations.LatestVersion);
        (await ScalarAsync(path, "PRAGMA journal_mode;")).Should().Be("wal");
        (await ScalarAsync(path, "PRAGMA page_size;")).Should().Be(16384L);
        (await ScalarAsync(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'relation_evidence';")).Should().Be(1L);
    }

    [Fact]
    public async Task A_file_made_with_the_default_page_size_keeps_it_and_works()
    {
        var path = _folder.File("graph.db");
        await ExecuteAsync(path, "PRAGMA page_size = 4096; CREATE TABLE scratch (x); DROP TABLE scratch;"); // a file that already has pages
        using (var store = Open(path))
        {
            await store.InitializeAsync();
            await store.WriteAsync(Batch());
            (await store.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 3, RelationFilter.All, 10)).Should().HaveCount(2);
        }

        (await ScalarAsync(path, "PRAGMA page_size;")).Should().Be(4096L);
        (await ScalarAsync(path, "PRAGMA user_version;")).Should().Be((long)EmbeddedMigrations.LatestVersion);
    }

    [Fact]
    public async Task Reopening_keeps_the_data_and_migrating_again_changes_nothing()
    {
        var path = _folder.File("graph.db");
        StoreStats before;
        using (var store = Open(path))
        {
            await store.InitializeAsync();
            await store.WriteAsync(Batch());
            before = await store.GetStatsAsync();
        }

        var schemaBefore = await SchemaAsync(path);
        using (var reopened = Open(path))
        {
            await reopened.InitializeAsync();
            await reopened.InitializeAsync();

            (await reopened.GetStatsAsync()).Should().BeEquivalentTo(before);
            (await reopened.FindPathsAsync(Guangzhou.Id, Shenzhen.Id, 3, RelationFilter.All, 10)).Should().HaveCount(2);
        }

        (await SchemaAsync(path)).Should().Equal(schemaBefore);
        (await ScalarAsync(path, "PRAGMA user_version;")).Should().Be((long)EmbeddedMigrations.LatestVersion);
    }

    [Fact]
    public async Task Counting_relations_per_type_reads_the_type_index_in_order_without_a_sort()
    {
        var path = _folder.File("graph.db");
        using (var store = Open(path))
        {
            await store.InitializeAsync();
            await store.WriteAsync(Batch());
            (await store.GetStatsAsync()).RelationsByType.Should().NotBeEmpty();
        }

        var byType = ReadSql.Stats.Split(';', StringSplitOptions.TrimEntries).Single(s => s.Contains("FROM relations GROUP BY", StringComparison.Ordinal));
        var plan = await RowsAsync(path, "EXPLAIN QUERY PLAN " + byType, column: 3); // the plan step's description
        plan.Should().ContainSingle().Which.Should().Contain("COVERING INDEX ix_relations_type");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_unchanged()
    {
        var path = _folder.File("notes.db");
        var content = "这不是数据库，而是一份会议纪要。"u8.ToArray();
        await File.WriteAllBytesAsync(path, content);
        using var store = Open(path);

        var act = () => store.InitializeAsync();

        await act.Should().ThrowAsync<InvalidDataException>().WithMessage("*notes.db*not a SQLite database*");
        (await File.ReadAllBytesAsync(path)).Should().Equal(content);
        Directory.GetFiles(_folder.Path).Should().Equal(path);
    }

    [Fact]
    public async Task A_file_with_a_SQLite_header_but_a_damaged_body_is_refused_and_left_unchanged()
    {
        var path = _folder.File("damaged.db");
        var content = "SQLite format 3\0"u8.ToArray().Concat(Enumerable.Repeat((byte)0xAB, 4080)).ToArray();
        await File.WriteAllBytesAsync(path, content);
        using var store = Open(path);

        var act = () => store.InitializeAsync();

        await act.Should().ThrowAsync<InvalidDataException>().WithMessage("*damaged.db*");
        (await File.ReadAllBytesAsync(path)).Should().Equal(content);
    }

    [Fact]
    public async Task Another_applications_database_is_refused_and_left_unchanged()
    {
        var path = _folder.File("other.db");
        await ExecuteAsync(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices VALUES (1, 9.5);");
        var schemaBefore = await SchemaAsync(path);
        using var store = Open(path);

        var act = () => store.InitializeAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*another application*");
        (await SchemaAsync(path)).Should().Equal(schemaBefore);
        (await ScalarAsync(path, "PRAGMA user_version;")).Should().Be(0L);
    }

    [Fact]
    public async Task A_file_from_a_newer_schema_is_refused()
    {
        var path = _folder.File("future.db");
        await ExecuteAsync(path, $"PRAGMA user_version = {EmbeddedMigrations.LatestVersion + 1};");
        using var store = Open(path);

        var act = () => store.InitializeAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*newer*");
    }

    [Fact]
    public async Task Writing_the_same_batch_twice_leaves_every_row_identical()
    {
        var path = _folder.File("graph.db");
        using var store = Open(path);
        await store.WriteAsync(Batch());
        var first = await DumpAsync(path);

        await store.WriteAsync(Batch());

        (await DumpAsync(path)).Should().Equal(first);
        first.Should().Contain(row => row.StartsWith("relations|", StringComparison.Ordinal) && row.Contains(MemberOf, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_writers_queue_and_readers_are_not_blocked()
    {
        using var store = Open(_folder.File("graph.db"));
        await store.InitializeAsync();
        var writes = Enumerable.Range(0, 8).Select(i => Task.Run(() => store.WriteAsync(new GraphBuilder()
            .Article($"并发{i}", $"第{i}期：广州市科协加入粤港澳大湾区科技协同创新联盟。")
            .Relate(Guangzhou, MemberOf, Alliance)
            .Build())));
        var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.GetNeighborhoodAsync(Alliance.Id, 2, RelationFilter.All, 50)));

        await Task.WhenAll(writes.Cast<Task>().Concat(reads));

        var relation = (await store.GetRelationsAsync([Guangzhou.Id], RelationFilter.All)).Should().ContainSingle().Subject;
        relation.Evidence.Should().HaveCount(8);
        (await store.GetStatsAsync()).Articles.Should().Be(8);
    }

    [Fact]
    public async Task A_store_used_without_InitializeAsync_initialises_itself()
    {
        using var store = Open(_folder.File("lazy.db"));

        await store.WriteAsync(Batch());

        (await store.GetStatsAsync()).Entities.Should().Be(10);
    }

    private static SqliteGraphStore Open(string path) => new(Options.Create(new SqliteStoreOptions { Path = path }));

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = await OpenRawAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = await OpenRawAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> SchemaAsync(string path) =>
        await RowsAsync(path, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name;");

    /// <summary>Every row of every store table as text, in key order.</summary>
    private static async Task<List<string>> DumpAsync(string path)
    {
        string[] tables =
        [
            "SELECT 'articles|' || quote(id) || quote(document) || quote(title) || quote(url) || quote(publisher) || quote(author) || quote(published_on) || quote(content_hash) || quote(text) || quote(ingested_at) FROM articles ORDER BY id",
            "SELECT 'entities|' || quote(id) || quote(type) || quote(kind) || quote(name) || quote(properties) || quote(first_seen) || quote(last_seen) FROM entities ORDER BY id",
            "SELECT 'entity_names|' || quote(rowid) || quote(entity_id) || quote(name) || quote(normalized) || quote(is_alias) || quote(scope) FROM entity_names ORDER BY rowid",
            "SELECT 'mentions|' || quote(entity_id) || quote(article_id) || quote(sentence) || quote(start) || quote(\"end\") FROM mentions ORDER BY 1",
            "SELECT 'relations|' || quote(id) || quote(type) || quote(source_id) || quote(target_id) || quote(properties) || quote(confidence) || quote(first_seen) || quote(last_seen) FROM relations ORDER BY id",
            "SELECT 'relation_evidence|' || quote(relation_id) || quote(article_id) || quote(sentence) || quote(start) || quote(\"end\") || quote(confidence) FROM relation_evidence ORDER BY 1",
        ];
        var rows = new List<string>();
        foreach (var sql in tables)
        {
            rows.AddRange(await RowsAsync(path, sql));
        }

        return rows;
    }

    private static async Task<List<string>> RowsAsync(string path, string sql, int column = 0)
    {
        await using var connection = await OpenRawAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(column));
        }

        return rows;
    }

    /// <summary>A connection outside the store, unpooled so it leaves nothing open behind the test.</summary>
    private static async Task<SqliteConnection> OpenRawAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
