using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.People;

/// <summary>
/// Finds people only where the text supports a name: after a title chain (中国科协党组成员、副主席冯某某), in a list
/// after a title (副主席A、B、C), after a byline word (记者 X), before a title (X教授), before a bracketed country
/// (X(新西兰)), and Latin-script names after a title. A name is a surname from the lexicon plus one or two characters,
/// and its end is chosen where a typical following word (表示, 致辞, 在 …) or punctuation begins. The title chain is
/// read back into posts: each title belongs to the organisation written before it in the chain.
/// </summary>
public sealed class PersonRecognizer(Lexicon lexicon)
{
    private const string NotInNames = "的了是在和与等及或并从对向将把被为之其这那各省市区县中兼";

    // function words that are also common given-name characters (郑向东, 李中华, 张之洞): allowed as the middle
    // character of a three-character name, where a function word cannot follow a two-character name as easily
    private const string SoftInNames = "向中之其为";

    // span lookups: NameAt runs at every position of every sentence, so it must not allocate
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> singleSurnames = lexicon.SingleSurnames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> compoundSurnames = lexicon.CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly CharSet surnameStarts = CharSet.Of(lexicon.SingleSurnames.Concat(lexicon.CompoundSurnames).Where(n => n.Length > 0).Select(n => n[0]));

    public List<(Mention Person, List<Post> Posts)> Recognize(Sentence sentence, IReadOnlyList<Mention> organizations)
    {
        var s = sentence.Text;
        var result = new List<(Mention, List<Post>)>();
        var taken = new bool[s.Length + 1];
        Transliterated(s, sentence, organizations, result, taken);

        for (var p = 0; p < s.Length; p++)
        {
            var tlen = TitleAt(s, p, out var byline);
            var chainEnd = p + tlen;
            if (tlen == 0 && DescriptorAt(s, p, out var described) is var dlen and > 0)
            {
                // 副总裁、海港建设专家包某某: the name follows a description, the posts are the chain before it
                tlen = dlen;
                chainEnd = described;
            }

            if (tlen == 0)
            {
                continue;
            }

            var q = p + tlen;
            while (q < s.Length && s[q] is ' ' or '\u3000' or '：' or ':')
            {
                q++;
            }

            var first = true;
            while (q < s.Length)
            {
                var nlen = NameAt(s, q);
                var latin = 0;
                if (nlen == 0 && first)
                {
                    latin = LatinNameAt(s, q);
                }

                if (nlen == 0 && latin == 0)
                {
                    break;
                }

                var len = nlen > 0 ? nlen : latin;
                if (!taken[q] && !MentionLists.AnyOverlaps(organizations, q, q + len))
                {
                    var person = new Mention(EntityTypes.Person, s.Substring(q, len).Trim(), sentence.Index, q, q + len);
                    // names listed after one title share its chain
                    var posts = ReadChain(s, chainEnd, organizations, byline);
                    if (byline && posts.Count == 0 && s[p] != '本' && OutletBefore(p, organizations) is { } outlet)
                    {
                        posts.Add(new Post(outlet, s[p..chainEnd], Byline: true)); // 福建日报讯（记者 X）: the outlet that opens the line
                    }

                    // 进站院士：某某（中国工程院院士）: posts in brackets after a listed name are the person's too
                    var bracketed = BracketedPosts(s, q + len, organizations);
                    posts.AddRange(bracketed ?? []);
                    posts.AddRange(PostsAfter(s, q, PastBracket(s, q + len, bracketed), organizations));

                    result.Add((person, posts));
                    for (var k = q; k < q + len; k++)
                    {
                        taken[k] = true;
                    }
                }

                q += len;
                first = false;
                if (q < s.Length && s[q] == '、' && !byline)
                {
                    q++;
                    continue;
                }

                break;
            }
        }

        // name before a title (卢某某院士) or before a bracketed country (高某某(新西兰))
        for (var p = 0; p < s.Length; p++)
        {
            if (taken[p])
            {
                continue;
            }

            var nlen = NameAt(s, p);
            if (nlen == 0 || MentionLists.AnyOverlaps(organizations, p, p + nlen))
            {
                continue;
            }

            // 洛阳市机械工程学会周某副理事长: a name between its body and its title (中国科协荣誉委员: 荣誉 is no name)
            var bodyBefore = lexicon.TitleModifiers.LongestAt(s, p, out _) == 0 ? LastEndingAt(organizations, p) : null;
            var boundaryBefore = p == 0 || !Chars.IsCjk(s[p - 1]) || lexicon.BoundaryWords.EndsAt(s, p, 3, out _) || s[p - 1] is '和' or '与' or '及' || bodyBefore is not null;

            var after = p + nlen;
            var titled = after < s.Length && lexicon.Titles.LongestAt(s, after, out _) > 0 && !lexicon.BylineTitles.Contains(s.AsSpan(after, Math.Min(2, s.Length - after)));
            var level = PlaceLevel.Region;
            var pl = after + 2 < s.Length && Chars.IsOpenBracket(s[after]) ? lexicon.Places.LongestAt(s, after + 1, out level) : 0;
            var country = pl > 0 && level == PlaceLevel.Country && after + 1 + pl < s.Length && Chars.IsCloseBracket(s[after + 1 + pl]);
            var bracketed = !country && boundaryBefore ? BracketedPosts(s, after, organizations) : null;
            // 某某（同时）担任/当选: a two-character verb of taking a post (a bare 任 is too often the start of another word)
            var takesPost = boundaryBefore && (PostVerbs.At(s, after).Verb > 1 || (after < s.Length && s[after] is '为' or '的' && PostVerbs.AppointedBefore(s, p, s[after])))
                && lexicon.BoundaryWords.LongestAt(s, p, out _) < nlen; // 重点支持担任…: 支持 is a verb, not a name
            if ((titled && boundaryBefore) || country || bracketed is not null || takesPost)
            {
                var person = new Mention(EntityTypes.Person, s.Substring(p, nlen), sentence.Index, p, after);
                if (country)
                {
                    person.Properties["country"] = s.Substring(after + 1, pl);
                }

                var posts = bracketed ?? [];
                if (titled && bodyBefore is not null)
                {
                    posts.Add(new Post(bodyBefore, s.Substring(after, lexicon.Titles.LongestAt(s, after, out _)), false));
                }

                var afterVerb = PostsAfter(s, p, PastBracket(s, after, bracketed), organizations);
                posts.AddRange(afterVerb);
                result.Add((person, posts));
                for (var k = p; k < after; k++)
                {
                    taken[k] = true;
                }

                if (takesPost)
                {
                    ListedBeforeHolder(s, sentence, p, afterVerb, organizations, result, taken);
                }
            }
        }

        ListedBeforeNoun(s, sentence, organizations, result, taken);
        AfterBodyColon(s, sentence, organizations, result, taken);
        return result;
    }

    /// <summary>
    /// 马丁·施密特, 谢尔盖·伊万诺夫: a foreign name written in characters with a middle dot between its parts. The first part
    /// starts after a title, a boundary word or punctuation; the last part ends where a following word or punctuation begins.
    /// </summary>
    private void Transliterated(string s, Sentence sentence, IReadOnlyList<Mention> organizations, List<(Mention, List<Post>)> result, bool[] taken)
    {
        for (var dot = s.IndexOfAny(NameDots); dot > 0; dot = s.IndexOfAny(NameDots, dot + 1))
        {
            if (taken[dot] || dot + 1 >= s.Length || !Chars.IsCjk(s[dot - 1]) || !Chars.IsCjk(s[dot + 1]) || InsideQuotes(s, dot))
            {
                continue;
            }

            var start = dot;
            while (start > 0 && dot - start < 5 && Chars.IsCjk(s[start - 1]) && !taken[start - 1]
                && !lexicon.BoundaryWords.EndsAt(s, start, 3, out _) && !lexicon.Titles.EndsAt(s, start, 6, out _) && !NotInNames.Contains(s[start - 1]))
            {
                start--;
                if (start >= 2 && s[start - 1] == '-' && Chars.IsCjk(s[start - 2]) && dot - start < 5)
                {
                    start--; // 让-保罗·马丁: a hyphenated first name
                }
            }

            // further parts (A·B·C), then the last part up to a following word
            var end = dot;
            while (end < s.Length && NameDots.Contains(s[end]))
            {
                var part = end + 1;
                var stop = -1;
                for (var k = part + 1; k <= Math.Min(s.Length, part + 6); k++)
                {
                    if (k == s.Length || NameDots.Contains(s[k]) || !Chars.IsCjk(s[k]) || lexicon.NameFollowers.LongestAt(s, k, out _) > 0 || lexicon.Titles.LongestAt(s, k, out _) > 0)
                    {
                        stop = k;
                        break;
                    }
                }

                if (stop < 0)
                {
                    break;
                }

                end = stop;
            }

            if (end <= dot + 1 || start == dot || MentionLists.AnyOverlaps(organizations, start, end))
            {
                continue;
            }

            var person = new Mention(EntityTypes.Person, s[start..end], sentence.Index, start, end);
            var posts = ReadChain(s, start, organizations, byline: false);
            posts.AddRange(PostsAfter(s, start, end, organizations));
            for (var k = result.Count - 1; k >= 0; k--)
            {
                if (result[k].Item1.Start >= start && result[k].Item1.End <= end)
                {
                    result.RemoveAt(k); // a loop, not RemoveAll with a lambda: see MentionLists
                }
            }

            result.Add((person, posts));
            for (var k = start; k < end; k++)
            {
                taken[k] = true;
            }

            dot = end - 1;
        }
    }

    /// <summary>“共庆新春·共话合作”: a dot inside a quoted slogan or title separates phrases, not name parts.</summary>
    private static bool InsideQuotes(string s, int pos)
    {
        var open = s.LastIndexOfAny(['“', '《', '「'], pos);
        return open >= 0 && s.IndexOfAny(['”', '》', '」'], open) is var close && (close < 0 || close > pos);
    }

    private static readonly char[] NameDots = ['·', '・', '•', '‧'];

    private static readonly string[] PeopleNouns = ["优秀科学家", "科学家", "专家", "学者", "院士", "同志", "领导", "嘉宾", "老一辈科学家"];

    /// <summary>
    /// 覃某、韦某、陆某当选副主席; 王某、陈某（某医院主任医师）当选为兼职副主席: the names listed before the one that takes the
    /// post take it too (each with the post in its own bracket, if any).
    /// </summary>
    private void ListedBeforeHolder(string s, Sentence sentence, int holderStart, List<Post> shared, IReadOnlyList<Mention> organizations, List<(Mention, List<Post>)> result, bool[] taken)
    {
        var end = holderStart;
        while (end >= 3 && s[end - 1] == '、')
        {
            var nameEnd = end - 1;
            List<Post>? bracketed = null;
            if (Chars.IsCloseBracket(s[nameEnd - 1]))
            {
                var open = s.LastIndexOfAny(['(', '（'], nameEnd - 1);
                if (open < 2)
                {
                    return;
                }

                bracketed = BracketedPosts(s, open, organizations);
                if (bracketed is null)
                {
                    return;
                }

                nameEnd = open;
            }

            if (result.FirstOrDefault(r => r.Item1.End == nameEnd) is { Item1: not null } known)
            {
                known.Item2.AddRange(shared.Where(post => !known.Item2.Contains(post))); // 许某（某大学教授）: found by its bracket
                end = known.Item1.Start;
                continue;
            }

            var found = 0;
            for (var len = 3; len >= 2 && found == 0; len--)
            {
                var p = nameEnd - len;
                if (p >= 0 && !taken[p] && NameAt(s, p) == len && !MentionLists.AnyOverlaps(organizations, p, nameEnd)
                    && (p == 0 || !Chars.IsCjk(s[p - 1]) || s[p - 1] == '、' || lexicon.BoundaryWords.EndsAt(s, p, 3, out _) || lexicon.Titles.EndsAt(s, p, 8, out _)))
                {
                    found = len;
                }
            }

            if (found == 0)
            {
                return;
            }

            var start = nameEnd - found;
            var posts = new List<Post>(bracketed ?? []);
            posts.AddRange(shared);
            result.Add((new Mention(EntityTypes.Person, s.Substring(start, found), sentence.Index, start, nameEnd), posts));
            for (var k = start; k < nameEnd; k++)
            {
                taken[k] = true;
            }

            end = start;
        }
    }

    /// <summary>学习A、B等优秀科学家: names enumerated before 等 and a noun for people.</summary>
    private void ListedBeforeNoun(string s, Sentence sentence, IReadOnlyList<Mention> organizations, List<(Mention, List<Post>)> result, bool[] taken)
    {
        for (var d = s.IndexOf('等'); d > 0; d = s.IndexOf('等', d + 1))
        {
            var after = d + 1;
            if (Chars.WordAt(s, after, PeopleNouns) == 0)
            {
                continue;
            }

            var found = new List<(int Start, int Len)>();
            var end = d;
            while (true)
            {
                var hit = false;
                for (var len = 3; len >= 2; len--)
                {
                    var p = end - len;
                    if (p >= 0 && !taken[p] && NameAt(s, p) == len && !MentionLists.AnyOverlaps(organizations, p, end))
                    {
                        found.Add((p, len));
                        end = p;
                        hit = true;
                        break;
                    }
                }

                if (!hit || end == 0 || s[end - 1] != '、')
                {
                    break;
                }

                end--;
            }

            if (found.Count >= 2 || (found.Count == 1 && (end == 0 || !Chars.IsCjk(s[end - 1]) || lexicon.BoundaryWords.EndsAt(s, end, 3, out _))))
            {
                foreach (var (start, len) in found)
                {
                    result.Add((new Mention(EntityTypes.Person, s.Substring(start, len), sentence.Index, start, start + len), []));
                    for (var k = start; k < start + len; k++)
                    {
                        taken[k] = true;
                    }
                }
            }
        }
    }

    /// <summary>引进智力管理处：A、B，电话: contact names listed after a body and a colon.</summary>
    private void AfterBodyColon(string s, Sentence sentence, IReadOnlyList<Mention> organizations, List<(Mention, List<Post>)> result, bool[] taken)
    {
        foreach (var org in organizations)
        {
            var q = org.End;
            if (q < s.Length && s[q] is '：' or ':')
            {
                q++;
            }
            else if (org.Kind != OrganizationKinds.Department || !Organizations.IssuerReferences.IsContactLine(s))
            {
                // 高新技术处陈某，电话…: without a colon only a unit's contact in a contact line
                continue;
            }

            while (q < s.Length)
            {
                var len = NameAt(s, q);
                if (len == 0 || taken[q] || (q + len < s.Length && s[q + len] is not ('、' or '，' or ',' or ' ')))
                {
                    break;
                }

                result.Add((new Mention(EntityTypes.Person, s.Substring(q, len), sentence.Index, q, q + len), []));
                for (var k = q; k < q + len; k++)
                {
                    taken[k] = true;
                }

                q += len;
                if (q < s.Length && s[q] == '、')
                {
                    q++;
                    continue;
                }

                break;
            }
        }
    }

    /// <summary>
    /// 李某（河北建筑工程学院副院长）: the posts written in a bracket right after a name, when the bracket holds nothing but a
    /// body and its title chain; null otherwise.
    /// </summary>
    private List<Post>? BracketedPosts(string s, int after, IReadOnlyList<Mention> organizations)
    {
        if (after + 1 >= s.Length || !Chars.IsOpenBracket(s[after]) || !organizations.Any(o => o.Start == after + 1 && !o.Nested))
        {
            return null;
        }

        var close = s.IndexOfAny([')', '）'], after);
        if (close < 0 || close - after > 40)
        {
            return null;
        }

        var posts = ReadChain(s, close, organizations, byline: false);
        return posts.Count > 0 && posts.Min(x => x.Organization.Start) == after + 1 ? posts : null;
    }

    /// <summary>
    /// 某某任X副主席, 某某当选为X会长: the chain after the verb is the person's post. With titles but no body after the verb
    /// (在X(ACR)中，某某任副主席), the post is at the body the clause is scoped to.
    /// </summary>
    private List<Post> PostsAfter(string s, int personStart, int pos, IReadOnlyList<Mention> organizations)
    {
        var (taken, _) = PostVerbs.At(s, pos); // 某某（同时）担任X常委
        if (taken == 0 && pos < s.Length && s[pos] is '为' or '的' && PostVerbs.AppointedBefore(s, personStart, s[pos]))
        {
            taken = 1; // 任命某某为X局长, 免去某某的X局长职务
        }

        if (taken == 0)
        {
            return [];
        }

        var first = pos + taken;
        var r = first;
        var sawOrg = false;
        while (r < s.Length)
        {
            var org = organizations.FirstOrDefault(o => o.Start == r && !o.Nested);
            if (org is not null)
            {
                r = org.End;
                sawOrg = true;
                continue;
            }

            // 任执委会委员: an organ of the body the post is at, before the title (read before a shorter title inside it: 执委)
            if (lexicon.ChainQualifiers.LongestAt(s, r, out _) is var organ and > 0 && lexicon.Titles.LongestAt(s, r + organ, out _) > 0)
            {
                r += organ;
                continue;
            }

            var t = lexicon.Titles.LongestAt(s, r, out _);
            if (t > 0)
            {
                r += t;
                continue;
            }

            if (s[r] == '、')
            {
                r++;
                continue;
            }

            break;
        }

        if (sawOrg)
        {
            return ReadChain(s, r, organizations, byline: false);
        }

        var titles = s[first..r].Trim('、');
        return titles.Length > 0 && ScopeBefore(s, personStart, organizations) is { } scope ? [new Post(scope, titles, false)] : [];
    }

    /// <summary>
    /// 在世界工程组织联合会(WFEO)中，…: the body a clause before <paramref name="pos"/> is scoped to, when no full stop,
    /// semicolon or other scope stands between.
    /// </summary>
    private static Mention? ScopeBefore(string s, int pos, IReadOnlyList<Mention> organizations)
    {
        for (var k = pos - 1; k > 0; k--)
        {
            if (Chars.IsSentenceEnd(s[k]))
            {
                return null;
            }

            if (s[k - 1] != '在')
            {
                continue;
            }

            var org = organizations.FirstOrDefault(o => o.Start == k && !o.Nested);
            if (org is null)
            {
                return null; // the nearest 在 opens some other scope
            }

            var e = org.End;
            if (e < s.Length && Chars.IsOpenBracket(s[e]))
            {
                var close = s.IndexOfAny([')', '）'], e);
                e = close < 0 ? e : close + 1;
            }

            return e < pos && s[e] == '中' ? org : null;
        }

        return null;
    }

    /// <summary>
    /// Length of a describing noun at <paramref name="p"/> (专家) ending a description that follows a title chain and a 、,
    /// 0 elsewhere; <paramref name="chainEnd"/> is where that chain ends (after its 、).
    /// </summary>
    private int DescriptorAt(string s, int p, out int chainEnd)
    {
        chainEnd = 0;
        var len = lexicon.PersonDescriptors.LongestAt(s, p, out _);
        if (len == 0 || p == 0 || !Chars.IsCjk(s[p - 1]) || NameAt(s, p + len) == 0)
        {
            return 0;
        }

        for (var k = p - 1; k > 0 && p - k <= 16; k--)
        {
            if (s[k] == '、')
            {
                // only after a title chain (副总裁、…专家): elsewhere 专家 is a plain noun (海外专家南粤行)
                chainEnd = lexicon.Titles.EndsAt(s, k, 8, out _) ? k + 1 : 0;
                break;
            }

            if (!Chars.IsCjk(s[k]))
            {
                break;
            }
        }

        return chainEnd > 0 ? len : 0;
    }

    /// <summary>Where a verb of taking a post may follow a name ending at <paramref name="after"/>: past the bracket its posts were read from.</summary>
    private static int PastBracket(string s, int after, List<Post>? bracketed) =>
        bracketed is null ? after : s.IndexOfAny([')', '）'], after) + 1;

    // Loops, not Any/LastOrDefault with a lambda: a lambda that captures a loop's locals makes the compiler allocate a
    // closure at every iteration of the per-character scans, whether or not the lambda runs (measured: the largest
    // share of what extraction allocated).

    /// <summary>The last top-level organisation ending at <paramref name="end"/>.</summary>
    private static Mention? LastEndingAt(IReadOnlyList<Mention> organizations, int end)
    {
        for (var i = organizations.Count - 1; i >= 0; i--)
        {
            if (organizations[i].End == end && !organizations[i].Nested)
            {
                return organizations[i];
            }
        }

        return null;
    }

    /// <summary>The last news outlet named before a byline word in its sentence, or null (本报 names none).</summary>
    private static Mention? OutletBefore(int bylineStart, IReadOnlyList<Mention> organizations) =>
        organizations.LastOrDefault(o => !o.Nested && o.End <= bylineStart && o.Kind == OrganizationKinds.Media);

    /// <summary>Length of a title (with modifiers such as 原, 常务) starting at <paramref name="p"/>.</summary>
    private int TitleAt(string s, int p, out bool byline)
    {
        byline = false;
        var b = lexicon.BylineTitles.LongestAt(s, p, out _);
        var t = lexicon.Titles.LongestAt(s, p, out _);
        if (b > t)
        {
            byline = true;
            return b;
        }

        return t;
    }

    /// <summary>Reads the chain of [organisation] title [、] … that ends at <paramref name="end"/>, right to left.</summary>
    private List<Post> ReadChain(string s, int end, IReadOnlyList<Mention> organizations, bool byline)
    {
        var posts = new List<Post>();
        var pending = new List<string>();
        var pos = end;
        while (pos > 0)
        {
            var found = 0;
            for (var k = Math.Min(8, pos); k >= 1; k--)
            {
                var w = s.AsSpan(pos - k, k);
                if (lexicon.Titles.Contains(w) || lexicon.BylineTitles.Contains(w))
                {
                    found = k;
                    break;
                }
            }

            if (found > 0)
            {
                var start = pos - found;
                if (start > 0 && lexicon.TitleModifiers.EndsAt(s, start, 2, out var ml))
                {
                    start -= ml;
                }

                pending.Insert(0, s[start..pos]);
                pos = start;
                continue;
            }

            var ql = pending.Count > 0 ? QualifierBefore(s, pos) : 0;
            if (ql > 0 && organizations.Any(o => o.End == pos - ql && !o.Nested))
            {
                pos -= ql; // 中国科协第七届全国委员会副主席: the organ and term belong to the post
                continue;
            }

            var org = LastEndingAt(organizations, pos);
            if (org is not null)
            {
                if (pending.Count > 0)
                {
                    posts.Add(new Post(org, string.Join("、", pending), byline));
                }

                pending.Clear();
                pos = org.Start;
                continue;
            }

            var unit = pending.Count > 0 ? UnitBefore(s, pos) : 0;
            if (unit > 0)
            {
                pending[0] = s[(pos - unit)..pos] + pending[0]; // 省委常委、宣传部部长: the unit of the body named earlier is part of the post
                pos -= unit;
                continue;
            }

            if (s[pos - 1] is '、' or ' ' or '\u3000' || (s[pos - 1] == '兼' && pending.Count > 0))
            {
                pos--;
                continue;
            }

            break;
        }

        return posts;
    }

    /// <summary>
    /// Length of a bare unit name (宣传部, 办公室) ending at <paramref name="end"/> and starting after a 、, 0 elsewhere: not
    /// a body of its own (nothing anchors it), it belongs to the post it is written in. (A unit written right after its
    /// body is the recogniser's: 中国科协科学技术普及部.)
    /// </summary>
    private int UnitBefore(string s, int end)
    {
        var suffix = 0;
        for (var k = 1; k <= Math.Min(5, end); k++)
        {
            if (lexicon.OrgSuffixes.LongestAt(s, end - k, k, out var suf) == k && suf.NamesUnit)
            {
                suffix = k;
                break;
            }
        }

        for (var start = end - suffix - 1; suffix > 0 && start >= Math.Max(0, end - 8); start--)
        {
            if (!Chars.IsCjk(s[start]))
            {
                return 0;
            }

            if (start > 0 && s[start - 1] == '、')
            {
                return end - start;
            }
        }

        return 0;
    }

    /// <summary>Length of "第N届", an organ (全国委员会) or both, ending at <paramref name="end"/>.</summary>
    private int QualifierBefore(string s, int end)
    {
        var pos = lexicon.ChainQualifiers.EndsAt(s, end, 6, out var organ) ? end - organ : end;
        if (pos > 0 && s[pos - 1] == '届')
        {
            var k = pos - 2;
            while (k > 0 && (char.IsDigit(s[k]) || s[k] == ' ' || "一二三四五六七八九十".Contains(s[k])))
            {
                k--;
            }

            if (k >= 0 && k < pos - 2 && s[k] == '第')
            {
                pos = k;
            }
        }

        return end - pos;
    }

    /// <summary>Length of a Chinese personal name starting at <paramref name="p"/>, 0 when none.</summary>
    internal int NameAt(string s, int p)
    {
        if (p >= s.Length || !surnameStarts.Contains(s[p]) || !Chars.IsCjk(s[p]))
        {
            return 0;
        }

        int sl;
        if (p + 1 < s.Length && compoundSurnames.Contains(s.AsSpan(p, 2)))
        {
            sl = 2;
        }
        else if (singleSurnames.Contains(s.AsSpan(p, 1)))
        {
            sl = 1;
        }
        else
        {
            return 0;
        }

        // 党组副书记, 高级工程师, 常务副主席: a title that starts with a surname character is not a name
        if (lexicon.NonNames.LongestAt(s, p, out _) > 0 || lexicon.Titles.LongestAt(s, p, out _) > 0)
        {
            return 0;
        }

        var chosen = 0;
        for (var g = 2; g >= 1; g--)
        {
            var n = sl + g;
            if (p + n > s.Length)
            {
                continue;
            }

            var ok = true;
            for (var k = p + sl; k < p + n; k++)
            {
                // 束为出席: a soft character may also end a two-character name that a following word (出席, 表示) closes
                var soft = SoftInNames.Contains(s[k]) && ((g == 2 && k == p + sl) || (g == 1 && lexicon.NameFollowers.LongestAt(s, k + 1, out _) >= 2));
                if (!Chars.IsCjk(s[k]) || (NotInNames.Contains(s[k]) && !soft))
                {
                    ok = false;
                    break;
                }
            }

            if (!ok || lexicon.Titles.LongestAt(s, p + sl, out _) > 0 || EndsWithOrgSuffix(s, p + sl, p + n))
            {
                continue;
            }

            if (IsNameEnd(s, p + n))
            {
                if (chosen == 0)
                {
                    chosen = n;
                }
                else if (lexicon.NameFollowers.LongestAt(s, p + n, out _) is var follower
                    && (follower >= 2 || (follower > 0 && lexicon.NameFollowers.Contains(s.AsSpan(p + n, 1)))))
                {
                    // 钱某获奖, 龚某连任: the third character begins a following word (获, 连任, 主持), so the name has two
                    chosen = n;
                }
            }
        }

        return chosen;
    }

    /// <summary>宣传部, 某某会: a body's suffix at the end means the string is not a personal name.</summary>
    private bool EndsWithOrgSuffix(string s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (lexicon.OrgSuffixes.LongestAt(s, k, out _) == end - k)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNameEnd(string s, int pos) =>
        pos >= s.Length || !Chars.IsCjk(s[pos]) || lexicon.NameFollowers.LongestAt(s, pos, out _) > 0 || lexicon.Titles.LongestAt(s, pos, out _) > 0
        || lexicon.BylineTitles.LongestAt(s, pos, out _) > 0; // 记者胡某通讯员梁某: PDF and plain text lose the space between bylines

    /// <summary>Robert G. W. Brown, Marwan Abdelhamid: capitalised Latin words after a title.</summary>
    private static int LatinNameAt(string s, int p)
    {
        var q = p;
        var words = 0;
        while (q < s.Length && s[q] is >= 'A' and <= 'Z')
        {
            var w = q;
            while (q < s.Length && (Chars.IsLatin(s[q]) || s[q] is '.' or '-' or '\''))
            {
                q++;
            }

            if (q - w < 1)
            {
                break;
            }

            words++;
            var save = q;
            while (q < s.Length && s[q] == ' ')
            {
                q++;
            }

            if (q >= s.Length || s[q] is not (>= 'A' and <= 'Z'))
            {
                q = save;
                break;
            }
        }

        return words >= 2 ? q - p : 0;
    }
}
