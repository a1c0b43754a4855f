namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>
/// Short forms whose referent depends on the article (省科协, 我厅, 本会): loaded from
/// <c>ResolveRules/context-dependent-names.txt</c> so an analyst can extend the list.
/// </summary>
public sealed class ContextDependentNames
{
    private readonly string[] _prefixes;
    private readonly HashSet<string> _exact;

    public ContextDependentNames(IEnumerable<string> prefixes, IEnumerable<string> exact)
    {
        _prefixes = [.. prefixes];
        _exact = new HashSet<string>(exact, StringComparer.Ordinal);
    }

    public static ContextDependentNames Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The resolver's rule file is missing: {path}", path);
        }

        var prefixes = new List<string>();
        var exact = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('='))
            {
                exact.Add(line[1..].Trim());
            }
            else
            {
                prefixes.Add(line);
            }
        }

        return new ContextDependentNames(prefixes, exact);
    }

    public static ContextDependentNames LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "ResolveRules", "context-dependent-names.txt"));

    /// <summary>
    /// True for a name that may only be resolved inside its article. A name that merely starts with 市 is not
    /// context-dependent when it is long enough to name a body by itself (市场监督管理总局); only short forms are.
    /// </summary>
    public bool Contains(string normalizedName) =>
        _exact.Contains(normalizedName)
        || (normalizedName.Length <= 5 && _prefixes.Any(p => normalizedName.StartsWith(p, StringComparison.Ordinal)));
}
