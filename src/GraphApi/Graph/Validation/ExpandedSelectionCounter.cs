using GraphQLParser.AST;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>
/// Counts the field selections of a document with every fragment spread expanded, in time linear in the document's size
/// (each fragment is counted once). Fragments that spread each other ten times per level expand exponentially, and
/// GraphQL.NET's validation walks them expanded: this count refuses them before validation starts.
/// </summary>
public static class ExpandedSelectionCounter
{
    /// <summary>The expanded count, saturated just above <paramref name="limit"/> so huge expansions cannot overflow.</summary>
    public static long Count(GraphQLDocument document, long limit)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var counted = new Dictionary<string, long>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);

        long CountSet(GraphQLSelectionSet? set)
        {
            long total = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => 1 + CountSet(field.SelectionSet),
                    GraphQLInlineFragment inline => CountSet(inline.SelectionSet),
                    GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                total = Math.Min(total, limit + 1);
            }

            return total;
        }

        long CountFragment(string name)
        {
            if (counted.TryGetValue(name, out var known))
            {
                return known;
            }

            // Unknown and cyclic fragments are the validator's to report; they add nothing here.
            if (!fragments.TryGetValue(name, out var fragment) || !inProgress.Add(name))
            {
                return 0;
            }

            var count = CountSet(fragment.SelectionSet);
            inProgress.Remove(name);
            counted[name] = count;
            return count;
        }

        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => CountSet(o.SelectionSet)).DefaultIfEmpty(0).Max();
    }
}
