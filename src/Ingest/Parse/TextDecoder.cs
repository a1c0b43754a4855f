using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using UtfUnknown;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Turns a document's bytes into text: BOM, then the declared charset (Content-Type, then HTML meta) if the bytes are
/// valid in it, then detection. Chinese sites often declare UTF-8 and serve GBK, so a declaration is a hint, not a fact.
/// </summary>
internal static partial class TextDecoder
{
    private const int DetectionSampleLength = 256 * 1024;
    private const int MetaSniffLength = 4096;

    // GB18030 decodes everything GBK and GB2312 do, and more (rare names, ext. B).
    private static readonly Encoding Gb18030;
    private static readonly Encoding Big5;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936);
        Big5 = Encoding.GetEncoding(950);
    }

    /// <summary>The decoded text and how its charset was chosen; throws <see cref="InvalidDocumentException"/> when no charset fits.</summary>
    public static DecodedText Decode(RawDocument document, bool sniffHtmlMeta)
    {
        var bytes = document.Content.Span;
        if (FromBom(bytes) is { } bom)
        {
            return bom;
        }

        var declared = new List<(Encoding Encoding, string Source)>();
        AddDeclared(declared, MediaType.CharsetOf(document), "content type");
        if (sniffHtmlMeta)
        {
            AddDeclared(declared, MetaCharset(bytes), "meta tag");
        }

        // A multi-byte declaration that the bytes satisfy is trusted; a single-byte one (latin1) always "fits", so it only breaks ties.
        foreach (var (encoding, source) in declared)
        {
            if (!encoding.IsSingleByte && Errors(encoding, bytes) == 0)
            {
                return new DecodedText(encoding.GetString(bytes), encoding, source);
            }
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), Encoding.UTF8, declared.Count > 0 ? "valid UTF-8 (declaration did not fit)" : "valid UTF-8");
        }

        // Single-byte guesses fit any bytes, so a hesitant one would turn garbage into "text": only a confident one counts.
        var candidates = new List<(Encoding Encoding, string Source)>();
        var (detected, confident) = Detect(bytes);
        if (detected is not null && (!detected.IsSingleByte || confident))
        {
            candidates.Add((detected, "detected"));
        }

        // Big5 is no fallback: .NET's Big5 maps stray bytes to private-use characters instead of failing, so it "fits" garbage.
        candidates.Add((Gb18030, "GB18030 fallback"));
        candidates.AddRange(declared);
        candidates.Add((Encoding.UTF8, "UTF-8 fallback"));

        var best = candidates[0];
        var fewest = int.MaxValue;
        foreach (var candidate in candidates.DistinctBy(c => c.Encoding.CodePage))
        {
            var errors = Errors(candidate.Encoding, bytes);
            if (errors < fewest)
            {
                (best, fewest) = (candidate, errors);
            }

            if (errors == 0)
            {
                break;
            }
        }

        // A truncated page ends in half a character; many errors mean the bytes are no text we know.
        if (fewest > Math.Max(4, bytes.Length / 200))
        {
            throw new InvalidDocumentException(document.Origin, $"undecodable text: no charset fits the bytes ({fewest} invalid sequences even as {best.Encoding.WebName})");
        }

        return new DecodedText(best.Encoding.GetString(bytes), best.Encoding, best.Source);
    }

    /// <summary>The encoding a charset label names (WHATWG aliases: gb2312/gbk → GB18030, latin1 → windows-1252); null when unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case null or "":
                return null;
            case "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "gb_2312" or "cp936" or "windows-936" or "ms936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58" or "gb18030" or "hz-gb-2312":
                return Gb18030;
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5":
                return Big5;
            case "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso8859-1" or "cp1252":
                return Encoding.GetEncoding(1252);
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return null; // only meaningful with a BOM, which was already checked
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedText? FromBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes[3..]), Encoding.UTF8, "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, "BOM");
        }

        return null;
    }

    private static void AddDeclared(List<(Encoding, string)> declared, string? label, string source)
    {
        if (Resolve(label) is { } encoding)
        {
            declared.Add((encoding, $"{source} ({label})"));
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaSniffLength)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static (Encoding? Encoding, bool Confident) Detect(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, DetectionSampleLength)]).Detected;
        if (detected is null || detected.Confidence < 0.2f)
        {
            return (null, false);
        }

        return (Resolve(detected.EncodingName) ?? detected.Encoding, detected.Confidence >= 0.8f);
    }

    private static int Errors(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var counting = new CountingDecoderFallback();
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = counting;
        strict.GetCharCount(bytes);
        return counting.Errors;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([a-zA-Z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
