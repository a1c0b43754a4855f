using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Crawl.Politeness;

/// <summary>
/// The rules of one robots.txt for one crawler (RFC 9309): the group naming our product token, else the "*" group;
/// the longest matching Allow/Disallow pattern wins, Allow on a tie; "*" and "$" wildcards; Crawl-delay kept.
/// </summary>
public sealed class RobotsTxt
{
    // RFC 9309 lets a crawler stop reading after 500 KiB; a bigger file is a mistake or an attack.
    private const int MaximumLength = 500 * 1024;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly IReadOnlyList<Rule> _rules;

    private RobotsTxt(IReadOnlyList<Rule> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsTxt AllowAll { get; } = new([], null);

    public static RobotsTxt DisallowAll { get; } = new([new Rule(false, "/", null)], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var token = ProductToken(userAgent);
        var groups = ReadGroups(text.Length > MaximumLength ? text[..MaximumLength] : text);

        // The most specific agent line that our token contains; "*" only when no group names us.
        var named = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = named.Count > 0 ? named : groups.Where(g => g.Agents.Contains("*")).ToList();
        var rules = chosen.SelectMany(g => g.Rules).ToList();
        var delay = chosen.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);
        return new RobotsTxt(rules, delay);
    }

    /// <summary>May the crawler fetch this URL?</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (rule.Matches(path) && (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>"knowledgegraph-ingest" from "KnowledgeGraph-Ingest/1.0 (+https://…)".</summary>
    public static string ProductToken(string userAgent)
    {
        var token = userAgent.Trim();
        var end = token.IndexOfAny(['/', ' ', '(']);
        return (end > 0 ? token[..end] : token).ToLowerInvariant();
    }

    private static List<Group> ReadGroups(string text)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null)
            {
                continue;
            }

            if ((key is "allow" or "disallow") && value.Length > 0)
            {
                current.Rules.Add(new Rule(key == "allow", value, ToRegex(value)));
            }
            else if (key == "crawl-delay" && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
            }
        }

        return groups;
    }

    private static Regex? ToRegex(string pattern)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.EndsWith('$'))
        {
            return null;
        }

        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = new StringBuilder("^");
        foreach (var part in body.Split('*'))
        {
            regex.Append(Regex.Escape(part)).Append(".*");
        }

        regex.Length -= 2;
        if (anchored)
        {
            regex.Append('$');
        }

        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, MatchTimeout);
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<Rule> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; set; }
    }

    private sealed record Rule(bool Allow, string Pattern, Regex? Wildcard)
    {
        public bool Matches(string path)
        {
            if (Wildcard is null)
            {
                return path.StartsWith(Pattern, StringComparison.Ordinal);
            }

            try
            {
                return Wildcard.IsMatch(path);
            }
            catch (RegexMatchTimeoutException)
            {
                return !Allow; // cannot tell: err on the side of not fetching
            }
        }
    }
}
