using System.Text;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Looks at the first bytes of a document to tell text from binary and HTML from plain text, before decoding.</summary>
internal static class ContentSniffer
{
    private const int SampleLength = 8192;

    // More control bytes than this in the sample and it is not text in any encoding we decode.
    private const double MaximumControlRatio = 0.05;

    private static readonly (byte[] Magic, string Format)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF87a"u8.ToArray(), "GIF image"),
        ("GIF89a"u8.ToArray(), "GIF image"),
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("Rar!\u001A\u0007"u8.ToArray(), "RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ("SQLite format 3\0"u8.ToArray(), "SQLite database"),
        ("wOFF"u8.ToArray(), "web font"),
        ("wOF2"u8.ToArray(), "web font"),
    ];

    private static readonly byte[][] UnicodeBoms =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ];

    /// <summary>The name of a binary format the bytes start with, or null.</summary>
    public static string? KnownFormat(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, format) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return format;
            }
        }

        return bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) ? "RIFF media file" : null;
    }

    /// <summary>Why the bytes are not text (a known format, NUL bytes, control characters), or null when they look like text.</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        if (KnownFormat(bytes) is { } format)
        {
            return $"binary content ({format})";
        }

        if (HasUnicodeBom(bytes))
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        if (sample.Contains((byte)0))
        {
            return "binary content (NUL bytes)";
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls > sample.Length * MaximumControlRatio
            ? $"binary content ({controls * 100 / sample.Length}% control bytes)"
            : null;
    }

    public static bool HasUnicodeBom(ReadOnlySpan<byte> bytes)
    {
        foreach (var bom in UnicodeBoms)
        {
            if (bytes.StartsWith(bom))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing but ASCII whitespace (after an optional UTF-8 BOM).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return bytes.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0;
    }

    /// <summary>Markup at the start: a doctype, or one of the elements every page has.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(" \t\r\n\f"u8);
        if (start < 0 || bytes[start] != (byte)'<')
        {
            return false;
        }

        var head = Encoding.Latin1.GetString(bytes.Slice(start, Math.Min(bytes.Length - start, 2048))).ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal)
            || head.Contains("<html", StringComparison.Ordinal)
            || head.Contains("<head", StringComparison.Ordinal)
            || head.Contains("<body", StringComparison.Ordinal)
            || head.Contains("<meta", StringComparison.Ordinal)
            || (head.Contains("<div", StringComparison.Ordinal) && head.Contains("</", StringComparison.Ordinal))
            || (head.Contains("<p>", StringComparison.Ordinal) && head.Contains("</p>", StringComparison.Ordinal));
    }
}
