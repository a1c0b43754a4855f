using System.Text.RegularExpressions;

namespace KnowledgeGraph.Store.Neo4j.Statements;

/// <summary>
/// The statement files of <c>cypher/</c>, loaded once. Every name in <see cref="StatementNames.Required"/> must be
/// there and at least one schema statement, or loading fails (and with it start-up), naming what is missing.
/// </summary>
public sealed partial class CypherCatalog
{
    private readonly Dictionary<string, CypherStatement> _statements;

    private CypherCatalog(Dictionary<string, CypherStatement> statements, string folder)
    {
        _statements = statements;
        Folder = folder;
        Schema = statements.Values
            .Where(s => s.Name.StartsWith(StatementNames.SchemaFolder + "/", StringComparison.Ordinal))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Where the files were read from.</summary>
    public string Folder { get; }

    /// <summary>Constraints and indexes, in the order they are applied.</summary>
    public IReadOnlyList<CypherStatement> Schema { get; }

    /// <summary><c>cypher/</c> beside the running binary (the build copies it there).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "cypher");

    public CypherStatement this[string name] =>
        _statements.TryGetValue(name, out var statement)
            ? statement
            : throw new KeyNotFoundException($"No Cypher statement '{name}' in {Folder}.");

    public static CypherCatalog Load(string? folder = null)
    {
        var root = Path.GetFullPath(folder ?? DefaultFolder);
        if (!Directory.Exists(root))
        {
            throw new InvalidOperationException($"The Cypher statement folder {root} does not exist; the Neo4j store cannot start without it.");
        }

        var statements = Directory.EnumerateFiles(root, "*.cypher", SearchOption.AllDirectories)
            .Select(path => Parse(Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        var missing = StatementNames.Required.Where(n => !statements.ContainsKey(n)).ToList();
        if (!statements.Keys.Any(n => n.StartsWith(StatementNames.SchemaFolder + "/", StringComparison.Ordinal)))
        {
            missing.Add(StatementNames.SchemaFolder + "/*");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The Neo4j store cannot start: Cypher statement file(s) missing from {root}: {string.Join(", ", missing.Select(m => m + ".cypher"))}.");
        }

        return new CypherCatalog(statements, root);
    }

    private static CypherStatement Parse(string relativePath, string text)
    {
        var name = Path.ChangeExtension(relativePath, null).Replace('\\', '/');
        var parameters = ParameterDeclaration().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(CommentLine().Replace(text, "")))
        {
            throw new InvalidOperationException($"The Cypher statement file {relativePath} holds no statement.");
        }

        return new CypherStatement(name, text, parameters);
    }

    [GeneratedRegex(@"^//\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();
}
