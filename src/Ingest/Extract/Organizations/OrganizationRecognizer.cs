using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Organizations;

/// <summary>
/// Finds organisation names in a sentence by structure: a suffix from the lexicon (科协, 学会, 联盟, 大学, 中心 …)
/// and a left boundary found by <see cref="NameBoundary"/>, plus known national bodies. Weak suffixes (中心, 平台,
/// 局, 部) need a proper-name prefix; strong ones (学会, 联盟, 公司) may stand after a boundary. A unit written after
/// its parent (中国科协国际联络部) records the parent. Venues are recognised only to be discarded (rule 5).
/// </summary>
public sealed class OrganizationRecognizer(Lexicon lexicon)
{
    private const int MaxCore = 24;
    private static readonly string ContextHeads = "省市区县";

    // heads of context forms: the places, and 校 (校科协: the university the document is about)
    private static readonly string ShortFormHeads = ContextHeads + "校";
    private static readonly string PluralMarkers = ContextHeads + "委各全";
    private readonly NameBoundary boundary = new(lexicon);
    private readonly KindClassifier kinds = new(lexicon);

    public List<Mention> Recognize(Sentence sentence, CharTrie<bool>? documentAnchors)
    {
        var s = sentence.Text;
        var candidates = new List<Mention>();

        var next = new CandidateScan(lexicon, s);
        for (var i = next.From(0); i >= 0; i = next.From(i + 1))
        {
            // Every known body starting here, not only the longest: a shorter one may be the parent written inside a longer
            // name (国务院 in 国务院台湾事务办公室); the resolution below keeps it only as that.
            for (var known = lexicon.KnownOrganizations.LongestAt(s, i, out var entry); known > 0; known = lexicon.KnownOrganizations.LongestAt(s, i, known - 1, out entry))
            {
                if (InsideLatinWord(s, i, known) || SuffixGuard.Blocked(lexicon, s, i, known))
                {
                    continue;
                }

                if (lexicon.OverseasPrefixes.EndsAt(s, i, 2, out var overseas))
                {
                    // 旅美中国科协: a society abroad named after the body at home, not that body
                    var society = new Mention(EntityTypes.Organization, s.Substring(i - overseas, known + overseas), sentence.Index, i - overseas, i + known) { Kind = OrganizationKinds.OverseasSociety };
                    AttachBracket(s, society);
                    candidates.Add(society);
                    break; // the longest known name is the one the society is named after
                }

                candidates.Add(new Mention(EntityTypes.Organization, s.Substring(i, known), sentence.Index, i, i + known) { Kind = entry.Kind, Key = entry.Name });
            }

            var len = lexicon.OrgSuffixes.LongestAt(s, i, out var suffix);
            // 九届一次理事会: a numbered sitting is a meeting (an event), not the body
            if (len == 0 || SuffixGuard.Blocked(lexicon, s, i, len) || (len == 1 && !RightBoundary(s, i + 1)) || (i > 0 && s[i - 1] == '次'))
            {
                continue;
            }

            // A one-character suffix that is also a boundary word (系 "is") ends a name only as a unit of a body written
            // before it (清华大学物理系), never on its own (张三系…).
            var unitOnly = false;
            if (len == 1 && lexicon.BoundaryWords.EndsAt(s, i + 1, 3, out var word))
            {
                if (word > 1 || suffix.Strength != SuffixStrength.Internal)
                {
                    continue;
                }

                unitOnly = true;
            }

            var found = boundary.FindStart(s, i, 0, lexicon.BoundaryWords, eventNames: false, documentAnchors);
            if (found.Start < 0 && BareFormAllowed(s, i, len, suffix))
            {
                // 区委, 调研组 written alone: a context or back-reference form, resolved by the alias resolver
                var bare = new Mention(EntityTypes.Organization, s.Substring(i, len), sentence.Index, i, i + len) { Kind = suffix.Kind };
                bare.Properties["bare"] = "yes";
                candidates.Add(bare);
                continue;
            }

            if (found.Start < 0)
            {
                continue;
            }

            var start = found.Start;
            if (found.Anchored && start > 0 && ContextHeads.Contains(s[start - 1]) && (start == 1 || !Chars.IsCjk(s[start - 2]) || lexicon.BoundaryWords.EndsAt(s, start - 1, 3, out _)))
            {
                start--; // 省南沙办: a context head before a place-named body belongs to it
            }

            // 兴业银行厦门分行: a branch (分行, 支行, 分公司) is named by its parent, then its place
            if (s[i] is '分' or '支' && LastNamedBodyEndingAt(candidates, start) is { } parentBody)
            {
                start = parentBody.Start;
            }

            var core = i - start;
            if (core == 0 || core > MaxCore || (unitOnly && !BodyEndsInside(s, start + 2, i)) || NameBoundary.IsCategory(s, start) || IsDesignation(s, start, i + len))
            {
                continue;
            }

            if (TitleCovers(s, start, i, i + len))
            {
                continue; // 书记处书记, 党组成员: a title, not a body
            }

            if (!found.Anchored && s[start] == '校' && start > 0 && s[start - 1] is '我' or '本' or '该' && i - start > 3)
            {
                start++; // 我校光电工程学院: the school's unit, named without the school
                core--;
            }

            if (!found.Anchored)
            {
                // 年内校科协, 经市科协: an unanchored run ending in 校, or in a place head after a verb, and a body is that context
                // form alone (吴兴区科协 is a district's; 相关省市科协, 市委市政府, 各市科协 are plural)
                if (core > 1 && ShortFormHeads.Contains(s[i - 1]) && !PluralMarkers.Contains(s[i - 2])
                    && (s[i - 1] == '校' || lexicon.BoundaryWords.EndsAt(s, i - 1, 3, out _))
                    && suffix.Kind is OrganizationKinds.Association or OrganizationKinds.Government)
                {
                    start = i - 1;
                    core = 1;
                }

                // 省科协, 市政府, 区委, 校科协: a context form, resolved later from the document's place (or its university)
                var contextForm = core == 1 && ShortFormHeads.Contains(s[start]) && suffix.Kind is OrganizationKinds.Association or OrganizationKinds.Government or OrganizationKinds.Society;
                var maxCore = suffix.Kind == OrganizationKinds.Association ? 4 : 10;
                // bare two-character heads (科研基地, 科技基金会) are descriptions; schools and companies are often that short
                var minCore = suffix.Kind is OrganizationKinds.University or OrganizationKinds.Enterprise or OrganizationKinds.Association or OrganizationKinds.Department ? 2 : 3;
                var outlet = suffix.Kind == OrganizationKinds.Media && core >= 2 && IsOutletContext(s, start, i + len);
                if ((suffix.Strength == SuffixStrength.Weak && !contextForm && !outlet) || (core < minCore && !contextForm && !outlet) || core > maxCore || lexicon.NonNames.LongestAt(s, start, out _) > 0)
                {
                    continue;
                }
            }

            var end = i + len;
            var text = s[start..end];
            var mention = new Mention(EntityTypes.Organization, Chars.TightenSpaces(StripQuotes(text)), sentence.Index, start, end) { Kind = suffix.Kind };
            if (suffix.Strength == SuffixStrength.Internal)
            {
                mention.Kind = OrganizationKinds.Department;
            }

            AttachBracket(s, mention);
            candidates.Add(mention);
        }

        return Resolve(candidates);
    }

    /// <summary>
    /// Where a known body or a suffix may start next (everything else is skipped by vectorised scans). Each of the two
    /// scans resumes from where it last stopped: the nearer one found is consumed, the farther one is still ahead and is
    /// not scanned for again.
    /// </summary>
    private struct CandidateScan(Lexicon lexicon, string s)
    {
        private int known = -2; // -2: not scanned yet; -1: none left in the sentence
        private int suffix = -2;

        public int From(int from)
        {
            if (known == -2 || (known >= 0 && known < from))
            {
                known = lexicon.KnownOrganizations.NextStart(s, from);
            }

            if (suffix == -2 || (suffix >= 0 && suffix < from))
            {
                suffix = lexicon.OrgSuffixes.NextStart(s, from);
            }

            return known < 0 ? suffix : suffix < 0 ? known : Math.Min(known, suffix);
        }
    }

    /// <summary>Longer names win; a name inside a longer one is kept as nested (it may be the parent of a unit).</summary>
    private List<Mention> Resolve(List<Mention> candidates)
    {
        // Stable: of candidates with the same span the first found wins — a known body before a suffix match, the longest
        // suffix (科学院) before one inside it (学院).
        var accepted = new List<Mention>();
        foreach (var c in MentionLists.StableSorted(candidates, MentionLists.LongestThenEarliest))
        {
            var outer = FirstOuter(accepted, c);
            if (outer is not null)
            {
                if (c.Start == outer.Start && c.Kind != "Venue" && !MentionLists.AnySameSpan(accepted, c))
                {
                    c.Nested = true;
                    accepted.Add(c);
                }

                continue;
            }

            if (MentionLists.AnyOverlaps(accepted, c))
            {
                continue;
            }

            accepted.Add(c);
        }

        foreach (var m in accepted.Where(m => !m.Nested))
        {
            var parent = accepted.FirstOrDefault(n => n.Nested && n.Start == m.Start && n.End < m.End && n.Kind != "Venue");
            var suffixKind = m.Kind ?? OrganizationKinds.Other;
            if (parent is not null && IsUnitOf(m, parent))
            {
                m.ParentText = parent.Text;
            }
            else if (parent is not null && parent.Kind is not (OrganizationKinds.Department or null) && m.End - parent.End >= 2
                && suffixKind is OrganizationKinds.ResearchInstitute or OrganizationKinds.University)
            {
                // 中国科学院心理研究所: a sub-body with its own identity; PART_OF only if the parent also stands alone (rule 4)
                m.Properties["prefixParent"] = parent.Text;
            }

            if (lexicon.KnownOrganizations.TryGet(m.Text, out _))
            {
                continue;
            }

            m.Kind = kinds.Classify(m.Text, suffixKind, m.ParentText is not null);
        }

        // 全英华人生物科学家协会代表团: a delegation or group (rule 6: kind Other) named after its body, which is an entity of its own
        foreach (var group in accepted.Where(m => !m.Nested && IsGroup(m.Text)))
        {
            group.Kind = OrganizationKinds.Other;
            group.Body = accepted.Where(n => n.Nested && n.Start == group.Start && n.Kind is not ("Venue" or OrganizationKinds.Other)).MaxBy(n => n.End);
            if (group.Body is { } body && !lexicon.KnownOrganizations.TryGet(body.Text, out _))
            {
                body.Kind = kinds.Classify(body.Text, body.Kind ?? OrganizationKinds.Other, false);
            }
        }

        accepted.RemoveAll(m => m.Kind == "Venue" || (m.Nested && !accepted.Any(o => !o.Nested && o.Start == m.Start
            && (o.ParentText == m.Text || o.Properties.GetValueOrDefault("prefixParent") == m.Text || o.Body == m))));
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>Does the name end in a group's suffix (代表团, 考察团, 调研组)?</summary>
    private bool IsGroup(string name)
    {
        for (var len = Math.Min(3, name.Length - 1); len >= 2; len--)
        {
            if (lexicon.OrgSuffixes.LongestAt(name, name.Length - len, out var suffix) == len)
            {
                return suffix.Kind == OrganizationKinds.Other && name[^1] is '团' or '组';
            }
        }

        return false;
    }

    /// <summary>The rest after the parent is itself an internal unit name, not a sub-body with its own identity.</summary>
    private bool IsUnitOf(Mention unit, Mention parent)
    {
        var rest = unit.Text[(parent.End - unit.Start)..];
        if (rest.Length < 2)
        {
            return false;
        }

        for (var k = 0; k < rest.Length; k++)
        {
            if (lexicon.OrgSuffixes.LongestAt(rest, k, out var suf) == rest.Length - k)
            {
                // brand prefixes are not parents (中国科协海智计划工作基地): only internal units, offices and a university's schools
                return suf.NamesUnit
                    || (suf.Suffix == "学院" && parent.Kind == OrganizationKinds.University);
            }
        }

        return false;
    }

    /// <summary>美国物理联合会(AIP): a Latin acronym in brackets is an alias; (深圳) a short place qualifier is part of the name.</summary>
    private static void AttachBracket(string s, Mention m)
    {
        if (m.End >= s.Length || !Chars.IsOpenBracket(s[m.End]))
        {
            return;
        }

        var close = -1;
        for (var k = m.End + 1; k < Math.Min(s.Length, m.End + 100); k++)
        {
            if (Chars.IsCloseBracket(s[k]))
            {
                close = k;
                break;
            }
        }

        if (close < 0)
        {
            return;
        }

        var inner = s[(m.End + 1)..close].Trim();
        var shortName = inner.IndexOf("简称", StringComparison.Ordinal);
        if (shortName >= 0 && EnglishNameAndShortForm(inner, shortName) is { } names)
        {
            // (Association of Chinese Scientists and Engineers in Germany，简称ACSEG): both are names of the body
            m.Aliases.AddRange(names);
            m.End = close + 1;
        }
        else if (Chars.IsLatinName(inner))
        {
            // the span covers the acronym so that a title written after it reads back to this body
            m.Aliases.Add(inner);
            m.End = close + 1;
        }
        else if (inner.Length is >= 2 and <= 4 && inner.All(Chars.IsCjk) && IsContraction(inner, m.Text))
        {
            // 海智计划办公室（海智办）: a contraction of the name is another name for the body
            m.Aliases.Add(inner);
            m.End = close + 1;
        }
        else if (inner.Length is > 0 and <= 4 && inner.All(Chars.IsCjk))
        {
            m.Text += s.Substring(m.End, close + 1 - m.End); // 委员会（筹）, 大赛（广州）: a qualifier of the name
            m.End = close + 1;
        }
    }

    /// <summary>"English Name，简称ABC" or "简称ABC" inside a bracket: the names it gives, null when it is anything else.</summary>
    private static List<string>? EnglishNameAndShortForm(string inner, int shortName)
    {
        var english = inner[..shortName].TrimEnd('，', ',', '；', ';', ' ');
        var form = inner[(shortName + 2)..].Trim().TrimStart('：', ':').Trim();
        if (form.Length is < 2 or > 16 || !form.All(c => Chars.IsLatinNameChar(c) || Chars.IsCjk(c)) || (english.Length > 0 && !Chars.IsLatinName(english)))
        {
            return null;
        }

        return english.Length > 0 ? [english, form] : [form];
    }

    /// <summary>Are the characters of <paramref name="form"/> found in <paramref name="name"/> in order?</summary>
    private static bool IsContraction(string form, string name)
    {
        var at = 0;
        foreach (var c in form)
        {
            at = name.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    private static readonly string[] SourceLabels = ["来源：", "来源:", "稿源：", "来源于"];

    /// <summary>
    /// 科技日报记者 X, 大众日报讯, 来源：大众日报: a paper's name is seldom anchored by a place (科技, 大众, 人民), but a byline
    /// word or 讯 after it, or a source label before it, says it is an outlet.
    /// </summary>
    private bool IsOutletContext(string s, int start, int end)
    {
        var k = end;
        while (k < s.Length && s[k] is ' ' or '\u3000')
        {
            k++;
        }

        if (k < s.Length && (s[k] == '讯' || lexicon.BylineTitles.LongestAt(s, k, out _) > 0))
        {
            return true;
        }

        var b = start;
        while (b > 0 && s[b - 1] is ' ' or '\u3000')
        {
            b--;
        }

        return SourceLabels.Any(l => b >= l.Length && s.AsSpan(b - l.Length, l.Length).SequenceEqual(l));
    }

    private static bool BareFormAllowed(string s, int i, int len, OrgSuffix suffix) =>
        (len >= 2 && ContextHeads.Contains(suffix.Suffix[0]) && suffix.Kind == OrganizationKinds.Government)
        || (len >= 3 && suffix.Kind == OrganizationKinds.Other && (i == 0 || !Chars.IsCjk(s[i - 1]) || "该本此这".Contains(s[i - 1])));

    private bool TitleCovers(string s, int start, int suffixStart, int suffixEnd)
    {
        for (var k = Math.Max(start, suffixStart - 4); k <= suffixStart; k++)
        {
            if (lexicon.Titles.LongestAt(s, k, out _) is var t && t > 0 && k + t > suffixEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A one-character suffix (部, 处, 局, 厅, 委) ends a name only before punctuation, a function word or a title.</summary>
    /// <summary>A place (and 级) written right before a designation suffix: the category (江西省重点实验室), not a body.</summary>
    private bool IsDesignation(string s, int start, int end)
    {
        if (!lexicon.CategorySuffixes.EndsAt(s, end, 8, out var category) || end - category < start)
        {
            return false;
        }

        var designation = end - category;
        var place = lexicon.Places.LongestAt(s, start, out _);
        var rest = designation - start - place;
        return rest == 0 || (rest == 1 && s[designation - 1] == '级') || (place == 0 && rest <= 2 && s[designation - 1] == '级');
    }

    private bool RightBoundary(string s, int pos)
    {
        if (pos >= s.Length || !Chars.IsCjk(s[pos]))
        {
            return true;
        }

        return "和与及、的等对在将为是于向同并已也都均还又就主副党".Contains(s[pos])
            || lexicon.Titles.LongestAt(s, pos, out _) > 0
            || lexicon.BoundaryWords.LongestAt(s, pos, out _) > 0
            || lexicon.OrgSuffixes.LongestAt(s, pos, out _) > 0;
    }

    private bool BodyEndsInside(string s, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (lexicon.OrgSuffixes.EndsAt(s, k, 6, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideLatinWord(string s, int start, int len) =>
        (start > 0 && Chars.IsLatin(s[start - 1]) && Chars.IsLatin(s[start])) || (start + len < s.Length && Chars.IsLatin(s[start + len]) && Chars.IsLatin(s[start + len - 1]));

    internal static string StripQuotes(string text) =>
        text.Length >= 2 && Chars.IsOpenQuote(text[0]) && Chars.IsCloseQuote(text[^1]) && text.IndexOfAny(['“', '《'], 1) < 0 ? text[1..^1] : text;

    // a loop, not LastOrDefault with a lambda: the lambda captured the candidate's start, a closure per candidate
    private static Mention? LastNamedBodyEndingAt(List<Mention> candidates, int end)
    {
        for (var k = candidates.Count - 1; k >= 0; k--)
        {
            if (candidates[k].End == end && !candidates[k].Properties.ContainsKey("bare"))
            {
                return candidates[k];
            }
        }

        return null;
    }

    /// <summary>The first accepted top-level name that contains <paramref name="c"/>.</summary>
    private static Mention? FirstOuter(List<Mention> accepted, Mention c)
    {
        foreach (var a in accepted)
        {
            if (!a.Nested && a.Contains(c))
            {
                return a;
            }
        }

        return null;
    }
}
