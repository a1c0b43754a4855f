using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>Which way a traversal may cross a relation, given the direction asked and whether the type is symmetric.</summary>
internal static class RelationWalk
{
    /// <summary>The steps (from a node in <paramref name="frontier"/>, to the other end) that <paramref name="relation"/> allows.</summary>
    public static IEnumerable<(string From, string To)> Steps(
        Relation relation, IReadOnlySet<string> frontier, RelationDirection direction, IReadOnlySet<string> symmetricTypes)
    {
        if (relation.SourceId == relation.TargetId)
        {
            yield break;
        }

        var symmetric = symmetricTypes.Contains(relation.Type);
        if (frontier.Contains(relation.SourceId) && (symmetric || direction != RelationDirection.Incoming))
        {
            yield return (relation.SourceId, relation.TargetId);
        }

        if (frontier.Contains(relation.TargetId) && (symmetric || direction != RelationDirection.Outgoing))
        {
            yield return (relation.TargetId, relation.SourceId);
        }
    }

    /// <summary>The direction seen from the other end: a search walking back from the target reverses it.</summary>
    public static RelationDirection Reverse(RelationDirection direction) => direction switch
    {
        RelationDirection.Outgoing => RelationDirection.Incoming,
        RelationDirection.Incoming => RelationDirection.Outgoing,
        _ => RelationDirection.Both,
    };
}
