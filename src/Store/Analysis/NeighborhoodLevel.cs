using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// One level of a neighbourhood: the nodes kept (most steps from the frontier first, ties by id, ordinal), whether more
/// were reached than there was room for, and the relations touching the frontier in read order (the search keeps those
/// whose ends are both seen).
/// </summary>
internal sealed record NeighborhoodLevel(List<string> Added, bool Truncated, List<Relation> Relations)
{
    /// <summary>The level picked in memory from every relation touching the frontier.</summary>
    public static NeighborhoodLevel Pick(
        List<Relation> relations, IReadOnlySet<string> frontier, IReadOnlySet<string> seen, RelationDirection direction,
        IReadOnlySet<string> symmetricTypes, int room)
    {
        var reached = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            foreach (var (_, to) in RelationWalk.Steps(r, frontier, direction, symmetricTypes))
            {
                if (!seen.Contains(to))
                {
                    reached[to] = reached.GetValueOrDefault(to) + 1;
                }
            }
        }

        return new NeighborhoodLevel(Rank(reached, room), reached.Count > room, relations);
    }

    /// <summary>The first <paramref name="room"/> nodes by step count, then id (ordinal), so the answer is repeatable.</summary>
    public static List<string> Rank(IEnumerable<KeyValuePair<string, int>> reached, int room) =>
        reached.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(room).Select(n => n.Key).ToList();
}
