using System.Text;
using AngleSharp.Dom;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>The visible text under an element, one line per block element (p, div, li, br …), table cells tab-separated.</summary>
internal sealed class HtmlTextExtractor(HtmlLayoutRules rules)
{
    /// <summary>Raw lines (not yet normalised) with the heading level (1–6) of the h-element they came from, 0 otherwise.</summary>
    public List<(string Text, int HeadingLevel)> Lines(INode root)
    {
        var lines = new List<(string, int)>();
        var current = new StringBuilder();
        var headingLevel = 0;
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                Flush(lines, current, headingLevel);
                headingLevel = 0;
                continue;
            }

            if (node is IText text)
            {
                AppendCollapsed(current, text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                if (node == root)
                {
                    PushChildren(stack, node);
                }

                continue;
            }

            var name = element.LocalName;
            if (rules.RemovedTags.Contains(name))
            {
                continue;
            }

            if (name == "br")
            {
                Flush(lines, current, headingLevel);
                continue;
            }

            if (rules.CellTags.Contains(name) && current.Length > 0)
            {
                current.Append('\t');
            }

            if (rules.BlockTags.Contains(name))
            {
                Flush(lines, current, headingLevel);
                headingLevel = name is ['h', >= '1' and <= '6'] ? name[1] - '0' : 0;
                stack.Push((element, true));
            }

            PushChildren(stack, element);
        }

        Flush(lines, current, headingLevel);
        return lines;
    }

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    // Source newlines and indentation inside a text node are layout, not line breaks.
    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            current.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }
    }

    private static void Flush(List<(string, int)> lines, StringBuilder current, int headingLevel)
    {
        if (current.Length == 0)
        {
            return;
        }

        var line = current.ToString();
        current.Clear();
        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add((line, headingLevel));
        }
    }
}
