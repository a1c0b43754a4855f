using System.Runtime.InteropServices;
using System.Text;
using KnowledgeGraph.Ingest.Extract.Text;

namespace KnowledgeGraph.Ingest.Extract.Sentences;

/// <summary>
/// Splits article text into sentences at 。！？； and at line breaks that end a line (a headline, a line ending in
/// punctuation, a short line). A break inside a long line of running text is a wrap from PDF extraction: it is dropped
/// so that the two halves read as one sentence. A row of a form table is one sentence of its own (<see cref="TableRows"/>).
/// </summary>
public static class SentenceSplitter
{
    private const int WrappedLineMinLength = 40;

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var buffer = new StringBuilder();
        var offsets = new List<int>();
        var lineLength = 0;
        var start = -1;
        var wrapping = false;

        void Flush(int end)
        {
            var s = buffer.ToString();
            var trimmedStart = 0;
            while (trimmedStart < s.Length && char.IsWhiteSpace(s[trimmedStart]))
            {
                trimmedStart++;
            }

            var trimmedEnd = s.Length;
            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(s[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd > trimmedStart)
            {
                var map = CollectionsMarshal.AsSpan(offsets)[trimmedStart..trimmedEnd].ToArray();
                var original = text[map[0]..(map[^1] + 1)];
                var trimmed = trimmedStart == 0 && trimmedEnd == s.Length ? s : s[trimmedStart..trimmedEnd];
                sentences.Add(new Sentence(sentences.Count, trimmed, map, original));
            }

            buffer.Clear();
            offsets.Clear();
            start = -1;
            _ = end;
        }

        var tableRows = TableRows.Find(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (tableRows.TryGetValue(i, out var row))
            {
                Flush(i);
                sentences.Add(new Sentence(sentences.Count, row.Text, row.Offsets, text[row.Start..row.End]) { IsTableRow = true });
                i = row.End - 1;
                wrapping = false;
                lineLength = 0;
                continue;
            }

            var c = text[i];
            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                var last = LastNonSpace(buffer);
                var wrapped = NextLineContinues(text, i)
                    && ((wrapping && lineLength == 0) || last is '、' or '，' or ',' or '“' or '（' or '(' || (lineLength >= WrappedLineMinLength && last != '\0' && Chars.IsNameChar(last)));
                if (!wrapped)
                {
                    Flush(i);
                }

                wrapping = wrapped;

                lineLength = 0;
                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            buffer.Append(c);
            offsets.Add(i);
            lineLength++;
            if (Chars.IsSentenceEnd(c))
            {
                // keep a closing quote or bracket with its sentence
                while (i + 1 < text.Length && (Chars.IsCloseQuote(text[i + 1]) || Chars.IsCloseBracket(text[i + 1])))
                {
                    i++;
                    buffer.Append(text[i]);
                    offsets.Add(i);
                }

                Flush(i);
            }
        }

        Flush(text.Length);
        return sentences;
    }

    private static char LastNonSpace(StringBuilder b)
    {
        for (var i = b.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(b[i]))
            {
                return b[i];
            }
        }

        return '\0';
    }

    /// <summary>The text after a wrap goes on with name characters (not a new heading or a list item).</summary>
    private static bool NextLineContinues(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j < text.Length && (Chars.IsCjk(text[j]) || text[j] is '、' or '，' or '，' or '”') && !IsHeadingStart(text, j);
    }

    private static bool IsHeadingStart(string text, int j) =>
        text[j] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' && j + 1 < text.Length && text[j + 1] == '、';
}
