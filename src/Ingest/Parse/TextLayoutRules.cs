using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Answers questions about one normalised paragraph (is it a headline, an opening, a caption, a byline …) using the
/// patterns of <c>text-structure.json</c>.
/// </summary>
internal sealed class TextLayoutRules
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly string _sentenceEndings;
    private readonly string _continuationEndings;
    private readonly string _clausePunctuation;
    private readonly string _headlineForbidden;
    private readonly int _headlineMaxLength;
    private readonly int _headlineWithClauseMaxLength;
    private readonly int _headlineWithTwoClausesMaxLength;
    private readonly int _sectionHeadingMaxLength;
    private readonly Regex _labelledLine;
    private readonly Regex _continuationStart;
    private readonly Regex[] _openings;
    private readonly Regex[] _captions;
    private readonly Regex[] _inlineCredits;
    private readonly Regex[] _endMarkers;
    private readonly Regex _listItem;
    private readonly Regex _bylineLine;
    private readonly Regex _bylineRole;
    private readonly string[] _subtitlePrefixes;
    private readonly string[] _issuerSuffixes;
    private readonly string[] _documentTypeWords;
    private readonly string[] _documentTitlePrefixes;

    public TextLayoutRules(TextLayoutFile file)
    {
        _sentenceEndings = file.SentenceEndings;
        _continuationEndings = file.ContinuationEndings;
        _clausePunctuation = file.ClausePunctuation;
        _headlineForbidden = file.HeadlineForbidden;
        _headlineMaxLength = file.HeadlineMaxLength;
        _headlineWithClauseMaxLength = file.HeadlineWithClauseMaxLength;
        _headlineWithTwoClausesMaxLength = file.HeadlineWithTwoClausesMaxLength;
        _sectionHeadingMaxLength = file.SectionHeadingMaxLength;
        _labelledLine = Compile(file.LabelledLine);
        _continuationStart = Compile(file.ContinuationStart);
        CaptionTitleMaxLength = file.CaptionTitleMaxLength;
        CaptionMaxLength = file.CaptionMaxLength;
        _openings = Compile(file.ArticleOpenings);
        _captions = Compile(file.Captions);
        _inlineCredits = Compile(file.InlineCredits);
        _endMarkers = Compile(file.ArticleEndMarkers);
        _listItem = Compile(file.ListItem);
        _subtitlePrefixes = [.. file.SubtitlePrefixes];
        _issuerSuffixes = [.. file.IssuerSuffixes];
        _documentTypeWords = [.. file.DocumentTypeWords];
        _documentTitlePrefixes = [.. file.DocumentTitlePrefixes];
        Metadata = new MetadataLabels(file.MetadataLabels);

        // Longest first so "本刊记者" wins over "记者"; labels (文/作者) need a separator so "文化…" is not a byline.
        var roles = string.Join('|', file.BylineRoles.OrderByDescending(r => r.Length).Select(Regex.Escape));
        var labels = string.Join('|', file.BylineLabels.OrderByDescending(r => r.Length).Select(Regex.Escape));
        var separators = Regex.Escape(file.BylineRoleSeparators);
        const string Names = @"[\p{IsCJKUnifiedIdeographs}·]{2,5}(?:[\s、,]+[\p{IsCJKUnifiedIdeographs}·]{2,5})*";
        var role = $"(?:(?:{roles})\\s*[{separators}]?|(?:{labels})\\s*[{separators}])";
        _bylineLine = Compile($"^(?:{role}\\s*{Names}\\s*)+$");
        _bylineRole = Compile($"(?:{roles}|(?:{labels})\\s*[{separators}])\\s*[{separators}]?");
    }

    public int CaptionTitleMaxLength { get; }

    public int CaptionMaxLength { get; }

    public MetadataLabels Metadata { get; }

    public bool EndsSentence(string text) => text.Length > 0 && _sentenceEndings.Contains(text[^1], StringComparison.Ordinal);

    public bool EndsMidClause(string text) => text.Length > 0 && _continuationEndings.Contains(text[^1], StringComparison.Ordinal);

    /// <summary>Short, unpunctuated lines: headlines, section heads, signatures — never the middle of a sentence.</summary>
    public bool IsHeadlineLike(string text)
    {
        if (text.Length < 2 || text.Length > _headlineMaxLength || text.Contains('\t', StringComparison.Ordinal) || EndsMidClause(text) || EndsSentence(text) && !EndsWithQuote(text))
        {
            return false;
        }

        var clauses = 0;
        var quoted = 0;
        foreach (var c in text)
        {
            if (_headlineForbidden.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            // Enumerations inside quotes or book titles ("引进来、留得住") are part of a name, not clauses.
            quoted += c switch { '“' or '《' or '「' => 1, '”' or '》' or '」' => -1, _ => 0 };
            if (quoted <= 0 && _clausePunctuation.Contains(c, StringComparison.Ordinal))
            {
                clauses++;
            }
        }

        // The more clauses, the more a short line reads as half a sentence rather than a headline.
        return clauses switch
        {
            0 => true,
            1 => text.Length <= _headlineWithClauseMaxLength,
            2 => text.Length <= _headlineWithTwoClausesMaxLength,
            _ => false,
        };
    }

    /// <summary>A numbered section head ("二、发挥科协优势,引领…"): a list item that is one unpunctuated phrase.</summary>
    public bool IsSectionHeading(string text) =>
        text.Length <= _sectionHeadingMaxLength && IsListItem(text) && !EndsMidClause(text) && !EndsSentence(text)
        && text.AsSpan().IndexOfAny(_headlineForbidden) < 0;

    /// <summary>"位。与英国…": a paragraph whose first clause is a word or two is the tail of a broken sentence.</summary>
    public bool StartsMidSentence(string text) => _continuationStart.IsMatch(Head(text, 8));

    /// <summary>"引进智力管理处：…", "张建生:…": a line that opens with its own label, so it starts a new item.</summary>
    public bool StartsWithLabel(string text) => _labelledLine.IsMatch(Head(text, 20));

    public bool IsOpening(string text) => Any(_openings, Head(text, 80));

    /// <summary>The match of the opening (本报讯 …) at the start of the paragraph, or an empty match.</summary>
    public Match MatchOpening(string text)
    {
        foreach (var opening in _openings)
        {
            var match = opening.Match(text.Length > 80 ? text[..80] : text);
            if (match.Success)
            {
                return match;
            }
        }

        return Match.Empty;
    }

    public bool IsCaption(string text) => text.Length <= CaptionMaxLength && Any(_captions, text);

    /// <summary>The paragraph without a photo credit stuck to its end ("…等类别。(陈明摄)").</summary>
    public string WithoutInlineCredit(string text)
    {
        if (text.Length == 0 || text[^1] is not (')' or '）'))
        {
            return text;
        }

        foreach (var credit in _inlineCredits)
        {
            var match = credit.Match(text.Length > 64 ? text[^64..] : text);
            if (match.Success)
            {
                return text[..(text.Length - match.Length)];
            }
        }

        return text;
    }

    public bool IsArticleEnd(string text) => text.Length <= 40 && Any(_endMarkers, text);

    public bool IsListItem(string text) => _listItem.IsMatch(Head(text, 12));

    public bool IsSubtitle(string text) => _subtitlePrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    public bool IsByline(string text) => text.Length <= 40 && _bylineLine.IsMatch(text);

    /// <summary>A line naming an organisation alone (an issuing body above a notice, a signature below it).</summary>
    public bool IsIssuer(string text) =>
        text.Length <= 25 && IsHeadlineLike(text) && !text.Any(c => _clausePunctuation.Contains(c, StringComparison.Ordinal))
        && _issuerSuffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal));

    /// <summary>The title of an official document: "关于…的通知", "…办法".</summary>
    public bool IsDocumentTitle(string text)
    {
        var trimmed = text.TrimEnd(')', '）', ']', '】');
        return _documentTitlePrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal))
            || _documentTypeWords.Any(w => trimmed.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>The people a byline or "(记者 X 通讯员 Y)" names, joined by 、; null when it names nobody.</summary>
    public string? NamesIn(string byline)
    {
        var names = new List<string>();
        foreach (var piece in _bylineRole.Split(byline))
        {
            foreach (var token in piece.Split([' ', '、', ',', '，', '/', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (token.Length is >= 2 and <= 5 && token.All(c => CjkCharacters.IsIdeograph(c) || c == '·'))
                {
                    names.Add(token);
                }
            }
        }

        return names.Count == 0 ? null : string.Join('、', names.Distinct(StringComparer.Ordinal));
    }

    public bool MentionsBylineRole(string text) => _bylineRole.IsMatch(text);

    private static bool EndsWithQuote(string text) => text[^1] is '”' or '’' or '」' or '』';

    private static ReadOnlySpan<char> Head(string text, int length) => text.AsSpan(0, Math.Min(text.Length, length));

    private static bool Any(Regex[] patterns, ReadOnlySpan<char> text)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex[] Compile(IEnumerable<string> patterns) => [.. patterns.Select(Compile)];

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
}
