namespace KnowledgeGraph.Store.Neo4j.Statements;

/// <summary>One statement file of <c>cypher/</c>: its name (<c>read/entities_by_ids</c>), its text and its declared parameters.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlySet<string> Parameters)
{
    /// <summary>A call must pass exactly the declared parameters: a missing one would run as null, an extra one means the file and the code disagree.</summary>
    public void CheckParameters(IEnumerable<string> passed)
    {
        var given = passed.ToHashSet(StringComparer.Ordinal);
        if (!given.SetEquals(Parameters))
        {
            throw new InvalidOperationException(
                $"Statement {Name} declares parameters [{string.Join(", ", Parameters.Order(StringComparer.Ordinal))}] " +
                $"but was given [{string.Join(", ", given.Order(StringComparer.Ordinal))}].");
        }
    }
}
