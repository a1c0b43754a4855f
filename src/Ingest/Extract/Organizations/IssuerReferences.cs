using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Organizations;

/// <summary>
/// The issuer of a notice and its internal units. 我厅/本会 name the issuer (the publisher, or the body the title line
/// issues the document as: X关于…的通知); a unit written after such a word (我厅高新技术处), or a unit in a contact line of
/// the issuer's document (资源配置与管理处周某，电话…), is a Department of the issuer (ANNOTATION-NOTES rule 4), even
/// though its name has no proper-name prefix of its own.
/// </summary>
public sealed class IssuerReferences(Lexicon lexicon)
{
    /// <summary>Mention property: the issuer's name a self-reference (我厅) stands for.</summary>
    public const string RefersTo = "refersTo";

    /// <summary>Mention property: the unit belongs to the issuer.</summary>
    public const string IssuerUnit = "issuerUnit";

    private const int MaxUnitCore = 10;
    private static readonly string[] ContactCues = ["电话", "联系人", "联系方式", "传真", "邮箱"];
    private readonly KindClassifier kinds = new(lexicon);

    /// <summary>The issuing body: the publisher when it is an organisation's name, else the body before 关于 in the title line.</summary>
    public string? FindIssuer(string? publisher, string firstSentence)
    {
        if (publisher is { Length: >= 4 } && SuffixOf(publisher) is not null)
        {
            return publisher.Trim();
        }

        var about = firstSentence.IndexOf("关于", StringComparison.Ordinal);
        if (about >= 4 && firstSentence[..about] is var head && head.All(Chars.IsCjk) && SuffixOf(head) is not null)
        {
            return head;
        }

        return null;
    }

    /// <summary>The issuer's kind from its suffix and prefix.</summary>
    public string KindOf(string issuer) => kinds.Classify(issuer, SuffixOf(issuer)?.Kind ?? OrganizationKinds.Other, hasParent: false);

    /// <summary>
    /// Adds to <paramref name="organizations"/> the self-references and issuer units of one sentence (replacing a shorter
    /// mention the unit contains) and returns the units.
    /// </summary>
    public List<Mention> Recognize(Sentence sentence, string? issuer, List<Mention> organizations)
    {
        var units = new List<Mention>();
        if (issuer is null)
        {
            return units;
        }

        var s = sentence.Text;
        var kind = KindOf(issuer);
        for (var i = 0; i < s.Length; i++)
        {
            var len = lexicon.SelfReferences.LongestAt(s, i, out var endings);
            if (len == 0 || !endings.Any(e => issuer.EndsWith(e, StringComparison.Ordinal)) || MentionLists.AnyOverlaps(organizations, i, i + len))
            {
                continue;
            }

            var self = new Mention(EntityTypes.Organization, s.Substring(i, len), sentence.Index, i, i + len) { Kind = kind };
            self.Properties[RefersTo] = issuer;
            organizations.Add(self);
            if (UnitEndingAfter(s, i + len) is { } end)
            {
                units.Add(AddUnit(sentence, i + len, end, organizations));
            }

            i += len - 1;
        }

        if (IsContactLine(s))
        {
            for (var k = 1; k < s.Length; k++)
            {
                var len = lexicon.OrgSuffixes.LongestAt(s, k, out var suffix);
                if (len == 0 || suffix.Strength != SuffixStrength.Internal || SuffixGuard.Blocked(lexicon, s, k, len))
                {
                    continue;
                }

                // 引进智力管理处：A、B: a unit heading its own contact line is read whole, verbs included
                var heading = k + len < s.Length && s[k + len] is '：' or ':' && s[..k].All(Chars.IsCjk) && k <= MaxUnitCore;
                var start = heading ? 0 : k;
                while (start > 0 && k - start < MaxUnitCore && Chars.IsCjk(s[start - 1]) && !lexicon.BoundaryWords.EndsAt(s, start, 4, out _)
                    && !lexicon.SelfReferences.EndsAt(s, start, 3, out _) && !EndsAt(organizations, start))
                {
                    start--;
                }

                if (k - start >= 2 && (start == 0 || !Chars.IsCjk(s[start - 1]) || lexicon.SelfReferences.EndsAt(s, start, 3, out _))
                    && !IssuerUnitCovers(organizations, start, k + len))
                {
                    units.Add(AddUnit(sentence, start, k + len, organizations));
                }

                k += len - 1;
            }
        }

        organizations.Sort((a, b) => a.Start.CompareTo(b.Start));
        return units;
    }

    /// <summary>A contact line: a contact word or a telephone number (seven digits or more).</summary>
    public static bool IsContactLine(string s)
    {
        if (ContactCues.Any(c => s.Contains(c, StringComparison.Ordinal)))
        {
            return true;
        }

        var run = 0;
        foreach (var c in s)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= 7)
            {
                return true;
            }
        }

        return false;
    }

    private Mention AddUnit(Sentence sentence, int start, int end, List<Mention> organizations)
    {
        organizations.RemoveAll(o => o.Start >= start && o.End <= end);
        var unit = new Mention(EntityTypes.Organization, sentence.Text[start..end], sentence.Index, start, end) { Kind = OrganizationKinds.Department };
        unit.Properties[IssuerUnit] = "yes";
        organizations.Add(unit);
        return unit;
    }

    /// <summary>我厅高新技术处: the end of an internal unit's name right after the self-reference, if one follows.</summary>
    private int? UnitEndingAfter(string s, int from)
    {
        for (var k = from + 2; k < Math.Min(s.Length, from + MaxUnitCore + 1); k++)
        {
            if (!Chars.IsCjk(s[k - 1]) || lexicon.BoundaryWords.LongestAt(s, k - 1, out _) > 0)
            {
                return null;
            }

            var len = lexicon.OrgSuffixes.LongestAt(s, k, out var suffix);
            if (len > 0 && suffix.Strength == SuffixStrength.Internal && !SuffixGuard.Blocked(lexicon, s, k, len))
            {
                return k + len;
            }
        }

        return null;
    }

    private OrgSuffix? SuffixOf(string name)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (lexicon.OrgSuffixes.LongestAt(name, k, out var suffix) == name.Length - k)
            {
                return suffix;
            }
        }

        return null;
    }

    // loops, not Any with a lambda: the lambdas captured the scan's position, a closure per character (see MentionLists)
    private static bool EndsAt(List<Mention> organizations, int end)
    {
        foreach (var o in organizations)
        {
            if (o.End == end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IssuerUnitCovers(List<Mention> organizations, int start, int end)
    {
        foreach (var o in organizations)
        {
            if (o.Start <= start && o.End >= end && o.Properties.ContainsKey(IssuerUnit))
            {
                return true;
            }
        }

        return false;
    }
}
