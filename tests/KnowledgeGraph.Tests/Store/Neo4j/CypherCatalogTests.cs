using System.Text.RegularExpressions;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Statements;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

public sealed partial class CypherCatalogTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_shipped_folder_holds_every_statement_the_store_runs_with_its_parameters_declared()
    {
        var catalog = CypherCatalog.Load();

        StatementNames.Required.Should().OnlyContain(n => catalog[n].Text.Length > 0);
        catalog.Schema.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCountGreaterThan(3);
        catalog.Schema.Should().OnlyContain(s => s.Text.Contains("IF NOT EXISTS"));
        catalog[StatementNames.MergeEntities].Parameters.Should().BeEquivalentTo(["rows", "otherKind"]);
        catalog[StatementNames.Stats].Parameters.Should().BeEmpty();
        catalog[StatementNames.MergeRelations].Text.Should().Contain("UNWIND $rows").And.Contain("MERGE");
    }

    [Fact]
    public void A_missing_statement_file_stops_the_store_from_starting_and_is_named()
    {
        CopyShippedStatements();
        File.Delete(Path.Combine(_folder.Path, "read", "entity_page.cypher"));

        var act = () => new Neo4jGraphStore(Options.Create(new Neo4jStoreOptions { Uri = "http://127.0.0.1:1", CypherPath = _folder.Path }));

        act.Should().Throw<InvalidOperationException>().WithMessage("*read/entity_page.cypher*");
    }

    [Fact]
    public void Passing_other_parameters_than_declared_is_refused()
    {
        var statement = CypherCatalog.Load()[StatementNames.EntitiesByIds];

        var act = () => statement.CheckParameters(["ids", "limit"]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*read/entities_by_ids*[ids]*[ids, limit]*");
    }

    [Fact]
    public void No_CSharp_source_holds_Cypher()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CypherInString().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(root, f)}: {m.Value}"))
            .ToList();

        offenders.Should().BeEmpty("all Cypher lives in cypher/");
    }

    [Fact]
    public void Decision_nodes_are_written_only_by_the_decision_log_and_deleted_only_by_clear_graph()
    {
        var catalog = CypherCatalog.Load();
        var statements = StatementNames.Required.Select(n => catalog[n]).ToList();

        // Ingest and curation statements name the labels they touch, so they cannot reach a Decision or its counter.
        statements.Where(s => !s.Name.StartsWith("decisions/", StringComparison.Ordinal))
            .Should().OnlyContain(s => !s.Text.Contains(":Decision", StringComparison.Ordinal));
        statements.Where(s => s.Text.Contains("DELETE", StringComparison.Ordinal) && UnlabelledNode().IsMatch(s.Text))
            .Select(s => s.Name).Should().BeEquivalentTo([StatementNames.ClearGraph, StatementNames.ResetAll], "only these match nodes of any label");
        catalog[StatementNames.ResetAll].Text.Should().Contain("WHERE n:Entity OR n:Name", "a rebuild keeps articles and decisions");
        statements.Where(s => s.Name.StartsWith("decisions/", StringComparison.Ordinal))
            .Should().OnlyContain(s => !s.Text.Contains("DELETE", StringComparison.Ordinal), "the log is append-only");
    }

    private void CopyShippedStatements()
    {
        foreach (var file in Directory.EnumerateFiles(CypherCatalog.DefaultFolder, "*.cypher", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder.Path, Path.GetRelativePath(CypherCatalog.DefaultFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above the test binaries.");
    }

    /// <summary>A MATCH clause of one node without a label, e.g. <c>MATCH (n)</c> on a line of its own.</summary>
    [GeneratedRegex(@"^\s*MATCH\s*\(\w+\)\s*$", RegexOptions.Multiline)]
    private static partial Regex UnlabelledNode();

    /// <summary>A string literal starting like a Cypher clause over a pattern or parameter: MATCH (, MERGE (, UNWIND $, DETACH DELETE, CREATE CONSTRAINT.</summary>
    [GeneratedRegex(@"""\s*(MATCH\s*\(|OPTIONAL MATCH|MERGE\s*\(|UNWIND\s+\$|DETACH DELETE|CREATE (CONSTRAINT|INDEX|TEXT INDEX))", RegexOptions.IgnoreCase)]
    private static partial Regex CypherInString();
}
