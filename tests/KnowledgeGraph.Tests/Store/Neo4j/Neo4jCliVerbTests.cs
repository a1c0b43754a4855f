using System.Diagnostics;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>The real ingest CLI's <c>migrate</c> and <c>copy</c> verbs, run as a process against the local Query API responder.</summary>
public sealed class Neo4jCliVerbTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private QueryApiResponder _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiResponder.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Migrate_applies_every_schema_statement_and_lists_them()
    {
        var result = await RunCliAsync(new() { ["Store__Provider"] = "Neo4j" }, "migrate");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("applied schema/001_article_id").And.Contain("schema is current").And.NotContain("cli-secret");
        _server.Requests.Where(r => r.Statement is not null).Select(r => r.Statement).Should().OnlyContain(s => s!.StartsWith("schema/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Copy_writes_every_article_of_the_embedded_store_in_committed_transactions_and_checks_the_counts()
    {
        var source = _folder.File("source.db");
        using (var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = source })))
        {
            await store.WriteAsync(ScienceNetwork.Batch());
        }

        _server.Answer = r => r.Statement is StatementNames.ExistingArticles or StatementNames.ExistingEntities
            ? Reply.Rows(r.StringList("ids").Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = Typed.String(id) }).ToList(), "id")
            : Reply.Rows([]);

        var result = await RunCliAsync(new() { ["Store__Sqlite__Path"] = source }, "copy", "--articles-per-batch", "2");

        var written = _server.Requests.Where(r => r.Statement == StatementNames.UpsertArticles)
            .SelectMany(r => r.Parameter("rows").EnumerateArray().Select(a => a.GetProperty("id").GetString())).ToList();
        written.Should().BeEquivalentTo(ScienceNetwork.Batch().Articles.Select(a => a.Id));
        _server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(2, "3 articles of one ingest time, 2 per batch");
        result.ExitCode.Should().Be(1, "the responder stores nothing, so the target's counts cannot match the source's");
        result.Stderr.Should().Contain("counts differ");
        result.Stdout.Should().Contain("source: 3 articles, 10 entities, 12 relations");
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder.Path };
        start.ArgumentList.Add(IngestDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var options = _server.Options();
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Store__Sqlite__Path"] = _folder.File("unused.db");
        start.Environment["Store__Neo4j__Uri"] = options.Uri;
        start.Environment["Store__Neo4j__Database"] = options.Database;
        start.Environment["Store__Neo4j__User"] = "neo4j";
        start.Environment["Store__Neo4j__Password"] = "cli-secret";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The Ingest project's own build output (its deps file), in the configuration and framework the tests run in.</summary>
    private static string IngestDll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KnowledgeGraph.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "src", "Ingest", "bin", bin.Parent!.Name, bin.Name, "KnowledgeGraph.Ingest.dll");
    }
}
