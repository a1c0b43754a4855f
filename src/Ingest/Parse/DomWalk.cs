using AngleSharp.Dom;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Iterative traversals of a DOM: pages nested ten thousand levels deep must not overflow the stack.</summary>
internal static class DomWalk
{
    /// <summary>The elements under <paramref name="root"/> in document order (root excluded).</summary>
    public static IEnumerable<IElement> Descendants(INode root)
    {
        var stack = new Stack<INode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement element)
            {
                yield return element;
                PushChildren(stack, element);
            }
        }
    }

    private static void PushChildren(Stack<INode> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }
}
