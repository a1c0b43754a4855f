using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>One row of a change list as a store's query returns it: an entity ("E") or relation ("R") id, when, and whether new.</summary>
internal sealed record ChangeRow(string Item, string Id, DateTimeOffset At, bool Added)
{
    public const string EntityItem = "E";
    public const string RelationItem = "R";

    public bool IsRelation => Item == RelationItem;
}

/// <summary>Turns a page of change rows into <see cref="GraphChange"/>s the same way in both stores.</summary>
internal static class ChangeRows
{
    /// <summary>The rows whose entity or relation was loaded (one deleted meanwhile is left out), in the rows' order.</summary>
    public static List<GraphChange> Changes(
        IEnumerable<ChangeRow> rows, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relation> relations) =>
        rows.Where(r => r.IsRelation ? relations.ContainsKey(r.Id) : entities.ContainsKey(r.Id))
            .Select(r => new GraphChange(
                r.Added ? ChangeKind.Added : ChangeKind.Updated,
                r.At,
                r.IsRelation ? null : entities[r.Id],
                r.IsRelation ? relations[r.Id] : null))
            .ToList();
}
