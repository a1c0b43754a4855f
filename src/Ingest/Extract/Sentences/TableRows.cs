using System.Text;

namespace KnowledgeGraph.Ingest.Extract.Sentences;

/// <summary>
/// Form tables flattened to text (cells joined by tabs: HTML tables, and spaced PDF tables after parsing): a header line (序号 名称 依托单位
/// 所在地) and the rows under it. Each row becomes one sentence whose cells carry their column's header
/// (名称：X，依托单位：A，所在地：B), so that a header such as 依托单位 or 建设单位 reads as the trigger it is and the
/// cells do not run into one name. A row broken across lines (a long name wrapped in its cell) is joined first.
/// </summary>
internal static class TableRows
{
    private const int MaxHeaderCell = 10;
    private const string SerialHeader = "序号";

    public sealed record Row(int Start, int End, string Text, int[] Offsets);

    private static readonly Dictionary<int, Row> None = [];

    /// <summary>Every table row of <paramref name="text"/>, by the offset where its first line starts.</summary>
    public static IReadOnlyDictionary<int, Row> Find(string text)
    {
        if (!text.Contains('\t'))
        {
            return None; // cells are tab-separated once parsed; most articles hold no table
        }

        var rows = new Dictionary<int, Row>();
        var lines = Lines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var header = Cells(text, lines[i]);
            if (!IsHeader(text, header))
            {
                continue;
            }

            var serial = Slice(text, header[0]) == SerialHeader;
            var next = i + 1;
            while (next < lines.Count)
            {
                if (lines[next].Start == lines[next].End)
                {
                    next++; // rows may be set apart by blank lines
                    continue;
                }

                var (row, used) = ReadRow(text, lines, next, header.Count, serial);
                if (row is null)
                {
                    break;
                }

                rows[row[0].Start] = Label(text, header, row, serial, lines[next + used - 1].End);
                next += used;
            }

            i = next - 1;
        }

        return rows;
    }

    private static bool IsHeader(string text, List<(int Start, int End)> cells)
    {
        if (cells.Count < 3 || cells.Any(c => c.End - c.Start > MaxHeaderCell))
        {
            return false;
        }

        foreach (var (start, end) in cells)
        {
            foreach (var ch in text.AsSpan(start, end - start))
            {
                if (ch is '，' or '。' or '；' or ',' or '：' or ':' || char.IsDigit(ch))
                {
                    return false;
                }
            }
        }

        return Slice(text, cells[0]) == SerialHeader
            || cells.Any(c => Slice(text, c) is var h && (h.EndsWith("名称", StringComparison.Ordinal) || h.EndsWith("单位", StringComparison.Ordinal)));
    }

    /// <summary>The cells of the row starting at line <paramref name="first"/> and how many lines it took, or null when it is no row.</summary>
    private static (List<(int Start, int End)>? Cells, int Lines) ReadRow(string text, List<(int Start, int End)> lines, int first, int columns, bool serial)
    {
        var cells = Cells(text, lines[first]);
        if (cells.Count == 0 || (serial && !Slice(text, cells[0]).All(char.IsAsciiDigit)))
        {
            return (null, 0);
        }

        var used = 1;
        while (cells.Count < columns && first + used < lines.Count)
        {
            var more = Cells(text, lines[first + used]);
            if (more.Count == 0 || (serial && Slice(text, more[0]).All(char.IsAsciiDigit)))
            {
                break;
            }

            // a cell wrapped onto the next line: its rest is the first piece there, joined without the line break
            cells[^1] = (cells[^1].Start, more[0].End);
            cells.AddRange(more.Skip(1));
            used++;
        }

        return cells.Count == columns ? (cells, used) : (null, 0);
    }

    private static Row Label(string text, List<(int Start, int End)> header, List<(int Start, int End)> cells, bool serial, int end)
    {
        var b = new StringBuilder();
        var offsets = new List<int>();
        for (var c = serial ? 1 : 0; c < cells.Count; c++)
        {
            var (start, stop) = cells[c];
            if (b.Length > 0)
            {
                b.Append('，');
                offsets.Add(start);
            }

            foreach (var ch in Slice(text, header[c]) + "：")
            {
                b.Append(ch);
                offsets.Add(start);
            }

            for (var k = start; k < stop; k++)
            {
                if (text[k] is '\n' or '\r')
                {
                    continue;
                }

                b.Append(text[k]);
                offsets.Add(k);
            }
        }

        return new Row(cells[0].Start, end, b.ToString(), [.. offsets]);
    }

    /// <summary>Cells of one line: the text between tabs.</summary>
    private static List<(int Start, int End)> Cells(string text, (int Start, int End) line)
    {
        var cells = new List<(int, int)>();
        var k = line.Start;
        while (k < line.End)
        {
            var tab = text.IndexOf('\t', k, line.End - k);
            var end = tab < 0 ? line.End : tab;
            var (start, stop) = Trimmed(text, k, end);
            if (stop > start)
            {
                cells.Add((start, stop));
            }

            k = end + 1;
        }

        return cells;
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k == text.Length || text[k] == '\n')
            {
                var end = k > start && text[k - 1] == '\r' ? k - 1 : k;
                lines.Add((start, end));
                start = k + 1;
            }
        }

        return lines;
    }
}
