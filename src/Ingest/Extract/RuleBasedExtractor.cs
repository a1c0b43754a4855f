using KnowledgeGraph.Ingest.Extract.Coreference;
using KnowledgeGraph.Ingest.Extract.Events;
using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Organizations;
using KnowledgeGraph.Ingest.Extract.People;
using KnowledgeGraph.Ingest.Extract.Programs;
using KnowledgeGraph.Ingest.Extract.Relations;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract;

/// <summary>
/// The extractor: sentences → names (organisations, events, programmes, people) → document-level alias resolution →
/// relation rules → a <see cref="DocumentGraph"/> with evidence. Holds only read-only compiled data, so one instance
/// serves all threads.
/// </summary>
public sealed class RuleBasedExtractor : IExtractor
{
    private readonly Lexicon lexicon;
    private readonly OrganizationRecognizer organizations;
    private readonly EventRecognizer events;
    private readonly ProgramRecognizer programs;
    private readonly PersonRecognizer people;
    private readonly AliasResolver aliases;
    private readonly IssuerReferences issuerReferences;
    private readonly IReadOnlyList<IRelationRule> rules;
    private readonly Text.CharTrie<Trigger> happening;

    public RuleBasedExtractor(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        organizations = new OrganizationRecognizer(lexicon);
        events = new EventRecognizer(lexicon);
        programs = new ProgramRecognizer(lexicon);
        people = new PersonRecognizer(lexicon);
        aliases = new AliasResolver(lexicon);
        issuerReferences = new IssuerReferences(lexicon);
        rules =
        [
            new OrganizedRule(lexicon), new AttendedRule(lexicon), new FoundedRule(lexicon), new MemberOfRule(lexicon),
            new PartnersWithRule(lexicon), new VisitedRule(lexicon), new MetWithRule(lexicon), new HostedByRule(lexicon), new ElectedRule(lexicon),
        ];
        happening = new Text.CharTrie<Trigger>();
        foreach (var t in lexicon.Triggers.Where(t => t.Relation is RelationTypes.Organized or RelationTypes.Attended))
        {
            happening.Add(t.Word, t);
        }

        foreach (var w in new[] { "会上", "期间", "本次", "此次" })
        {
            happening.Add(w, new Trigger("CONTEXT", w, null, 0));
        }
    }

    /// <summary>Loads the lexicons shipped beside the binary (or from <paramref name="directory"/>).</summary>
    public static RuleBasedExtractor CreateDefault(string? directory = null) =>
        new(LexiconLoader.Load(directory ?? Path.Combine(AppContext.BaseDirectory, "Lexicons")));

    // of two spans of one length, the organisation first (its mention becomes the sentence's item, the other one nested)
    private static readonly Comparison<Mention> LongestThenOrganizations = (a, b) =>
        (b.End - b.Start).CompareTo(a.End - a.Start) is var byLength and not 0 ? byLength : OrganizationsFirst(a).CompareTo(OrganizationsFirst(b));

    public DocumentGraph Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = DocumentContext.Build(article.Text, article.Publisher, lexicon);
        var sentences = SentenceSplitter.Split(article.Text);
        var perSentence = new List<(Sentence Sentence, List<Mention> Top, List<Mention> Nested, List<(Mention Person, List<Post> Posts)> People)>();
        var issuer = sentences.Count > 0 ? issuerReferences.FindIssuer(article.Publisher, sentences[0].Text) : null;
        var issuerUnits = new List<Mention>();

        foreach (var sentence in sentences)
        {
            var orgs = organizations.Recognize(sentence, context.Anchors);
            issuerUnits.AddRange(issuerReferences.Recognize(sentence, issuer, orgs));
            var evs = events.Recognize(sentence, context.Anchors);
            OpenWithTheirBody(sentence.Text, evs, orgs);
            var progs = programs.Recognize(sentence, context.Anchors);
            var top = new List<Mention>();
            var nested = new List<Mention>();
            foreach (var m in MentionLists.StableSorted(progs.Concat(evs).Concat(orgs), LongestThenOrganizations))
            {
                if (m.Nested || MentionLists.AnyContainsOrSameSpan(top, m))
                {
                    nested.Add(m);
                    m.Nested = true;
                    continue;
                }

                if (MentionLists.AnyOverlaps(top, m))
                {
                    continue;
                }

                top.Add(m);
            }

            foreach (var meeting in top.Where(m => m.IsGovernance || m.IsFounding))
            {
                meeting.Body = BodyOf(meeting, nested);
            }

            CoordinatedLists.Complete(sentence, top);
            AddShortForms(sentence, top.Concat(nested));
            perSentence.Add((sentence, top, nested, []));
        }

        // 校科协: the university the document names most often, alone or opening a longer name (ties: the one named first)
        context.University = perSentence.SelectMany(p => p.Top)
            .Where(m => m.Type == EntityTypes.Organization)
            .Select(m => m.Text.IndexOf("大学", StringComparison.Ordinal) is var k and >= 2 ? m.Text[..(k + 2)] : null)
            .OfType<string>()
            .GroupBy(u => u, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        // short forms first, so that a title chain written with one (省土建学会秘书长X) finds its body; then people
        var byText = perSentence.Select(p => (p.Sentence, p.Top)).ToList();
        AddRepeatedNames(byText, m => m.Aliases.Where(a => a.Length >= (a.All(Text.Chars.IsLatin) ? 3 : 2)));
        HeadReferences.Add(byText, lexicon);
        for (var k = 0; k < perSentence.Count; k++)
        {
            var (sentence, top, nested, _) = perSentence[k];
            var persons = people.Recognize(sentence, top.Where(m => m.Type == EntityTypes.Organization).ToList());
            foreach (var (person, _) in persons)
            {
                if (!MentionLists.AnyOverlaps(top, person))
                {
                    top.Add(person); // seen by the next person's test, as it was with AddRange over a lazy filter
                }
            }

            top.Sort((a, b) => a.Start.CompareTo(b.Start));
            perSentence[k] = (sentence, top, nested, persons);
        }

        AddRepeatedNames(byText, m => m.Type == EntityTypes.Person && m.Text.Length >= 2 ? [m.Text] : []);

        // nested names are entities only as the parent of a unit, the body of its own (governance, founding) meeting or of
        // its delegation;
        // the prefix of a sub-body (中国科学院…研究所) only when that body is also written on its own
        var standalone = perSentence.SelectMany(p => p.Top).Where(m => m.Type == EntityTypes.Organization).Select(m => aliases.Abbreviate(m.Text)).ToHashSet(StringComparer.Ordinal);
        var all = new List<Mention>();
        foreach (var (_, top, nested, _) in perSentence)
        {
            all.AddRange(top);
            all.AddRange(nested.Where(n => n.Type == EntityTypes.Organization
                && top.Any(t => (t.ParentText == n.Text && t.Start == n.Start) || t.Body == n)));

            // a named programme opening a base's or station's name (“科创中国”创新基地): the programme is an entity
            all.AddRange(nested.Where(n => n.Type == EntityTypes.Program && top.Any(t => t.Type == EntityTypes.Organization && Math.Abs(t.Start - n.Start) <= 1)));
        }

        // the issuer of a notice whose units are named: an entity even where the body text does not write its name
        Mention? issuerMention = null;
        if (issuer is not null && issuerUnits.Count > 0)
        {
            issuerMention = new Mention(EntityTypes.Organization, issuer, 0, 0, 0) { Kind = issuerReferences.KindOf(issuer) };
            all.Add(issuerMention);
        }

        var credited = CreditedUnit(article.Publisher, all, context);
        if (credited is not null)
        {
            all.AddRange([credited.Value.Unit, credited.Value.Parent]);
        }

        var groups = aliases.Resolve(all, context);

        // a bare back-reference (代表团) that found no fuller name is not an entity of its own
        groups.RemoveAll(g => g.Mentions.All(m => m.Properties.ContainsKey("bare")) && context.ResolveContextForm(g.Mentions[0].Text) is null);
        var candidates = new List<RelationCandidate>();
        Mention? current = null;
        Mention? delegation = null;
        Mention? alliance = null;
        IReadOnlyList<Mention> parties = [];
        foreach (var (sentence, top, nested, persons) in perSentence)
        {
            var firstEvent = top.FirstOrDefault(m => m.Type == EntityTypes.Event);
            if (firstEvent is not null && (sentence.Index == 0 || current is null || HasHappening(sentence.Text)))
            {
                current = firstEvent;
            }

            delegation = top.LastOrDefault(m => m.Type == EntityTypes.Organization && m.Kind == OrganizationKinds.Other && m.Text.Length >= 3 && m.Text[^1] is '组' or '团') ?? delegation;
            alliance = top.LastOrDefault(m => m.Type == EntityTypes.Organization && m.Kind == OrganizationKinds.Alliance) ?? alliance;
            var view = new SentenceView(sentence, top, nested, current, delegation, alliance) { CurrentParties = parties };
            var found = candidates.Count;
            foreach (var rule in rules)
            {
                candidates.AddRange(rule.Apply(view));
            }

            var signed = candidates.Skip(found).Where(c => c.Type == RelationTypes.PartnersWith).ToList();
            if (signed.Count > 0)
            {
                parties = signed.SelectMany(c => new[] { c.Source, c.Target }).Distinct().ToList();
            }

            foreach (var (person, posts) in persons)
            {
                foreach (var post in posts)
                {
                    if (FounderTitle.Post(post.Title) is { } title)
                    {
                        candidates.Add(new RelationCandidate(RelationTypes.HoldsPosition, person, post.Organization, 0.9, sentence.Index) { Title = title });
                    }

                    if (FounderTitle.IsFounder(post.Title))
                    {
                        // 创始会长: the post, and the founding (rule 3)
                        candidates.Add(new RelationCandidate(RelationTypes.Founded, person, post.Organization, 0.8, sentence.Index));
                    }
                }
            }

            if (issuerMention is not null)
            {
                foreach (var unit in top.Where(m => m.Properties.ContainsKey(IssuerReferences.IssuerUnit)))
                {
                    candidates.Add(new RelationCandidate(RelationTypes.PartOf, unit, issuerMention, 0.8, sentence.Index));
                }
            }

            foreach (var unit in top.Where(m => m.ParentText is not null))
            {
                var parent = nested.FirstOrDefault(n => n.Text == unit.ParentText && n.Start == unit.Start);
                if (parent is not null)
                {
                    candidates.Add(new RelationCandidate(RelationTypes.PartOf, unit, parent, 0.9, sentence.Index));
                }
            }

            foreach (var sub in top.Where(m => m.Properties.ContainsKey("prefixParent")))
            {
                var prefix = sub.Properties["prefixParent"];
                var standaloneParent = all.FirstOrDefault(m => !m.Nested && m.Type == EntityTypes.Organization && aliases.Abbreviate(m.Text) == aliases.Abbreviate(prefix));
                if (standaloneParent is not null && standalone.Contains(aliases.Abbreviate(prefix)))
                {
                    candidates.Add(new RelationCandidate(RelationTypes.PartOf, sub, standaloneParent, 0.7, sentence.Index));
                }
            }
        }

        if (credited is not null)
        {
            candidates.Add(new RelationCandidate(RelationTypes.PartOf, credited.Value.Unit, credited.Value.Parent, 0.7, 0));
        }

        return GraphBuilder.Build(article, sentences, groups, candidates);
    }

    /// <summary>
    /// A unit credited for the story ((福建省科协学会学术部) at its end, kept by the parser as the publisher) of a body the
    /// text names: an entity PART_OF that body, though the body text does not write it. Null for any other publisher.
    /// </summary>
    private (Mention Unit, Mention Parent)? CreditedUnit(string? publisher, List<Mention> all, DocumentContext context)
    {
        if (string.IsNullOrWhiteSpace(publisher) || publisher.Length > 30)
        {
            return null;
        }

        var line = new Sentence(0, publisher, new int[publisher.Length + 1], publisher);
        var found = organizations.Recognize(line, context.Anchors);
        var unit = found.FirstOrDefault(m => !m.Nested && m.Start == 0 && m.End == publisher.Length);
        var parentText = unit?.ParentText ?? unit?.Properties.GetValueOrDefault("prefixParent");
        var parent = parentText is null ? null : found.FirstOrDefault(m => m.Nested && m.Text == parentText && m.Start == 0);
        if (unit is null || parent is null || !all.Any(m => m.Type == EntityTypes.Organization && (m.Text == parent.Text || m.Aliases.Contains(parent.Text)
            || aliases.Abbreviate(m.Text) == aliases.Abbreviate(parent.Text))))
        {
            return null;
        }

        // no place in the text: evidence falls back to the first sentence, as for the issuer
        return (new Mention(EntityTypes.Organization, unit!.Text, 0, 0, 0) { Kind = unit.Kind, ParentText = unit.ParentText },
            new Mention(EntityTypes.Organization, parent.Text, 0, 0, 0) { Kind = parent.Kind, Nested = true });
    }

    /// <summary>
    /// 旅意华人科技协会2025年年会: an event whose name starts at a year or an edition takes the body written right before
    /// it, which a place-less name (no anchor) would otherwise leave outside.
    /// </summary>
    private static void OpenWithTheirBody(string s, List<Mention> evs, List<Mention> orgs)
    {
        foreach (var e in evs)
        {
            if (e.Start == 0 || !(Text.Chars.IsDigit(s[e.Start]) || s[e.Start] == '第'))
            {
                continue;
            }

            // 加拿大华人科技创新协会（…，简称CCASI）2024年年会: the body's bracketed English name or short form may stand between
            var bodyEnd = e.Start;
            if (Text.Chars.IsCloseBracket(s[bodyEnd - 1]) && s.LastIndexOfAny(['(', '（'], bodyEnd - 1) is var open and > 0 && bodyEnd - open <= 80)
            {
                bodyEnd = open;
            }

            var body = orgs.Where(o => !o.Nested && (o.End == e.Start || o.End == bodyEnd)).OrderBy(o => o.Start).FirstOrDefault();
            if (body is not null)
            {
                e.Text = body.Text + e.Text;
                e.Start = body.Start;
            }
        }
    }

    /// <summary>
    /// The body whose own (governance, founding) meeting this is, named at its start; for a sitting of its governing organ
    /// (中国汽车工程学会第十一届理事会第五次会议) the body before the organ's edition, not the organ.
    /// </summary>
    private Mention? BodyOf(Mention meeting, List<Mention> nested)
    {
        var named = nested.FirstOrDefault(n => n.Type == EntityTypes.Organization && n.Start == meeting.Start);
        if (named is null || !lexicon.GoverningOrgans.EndsAt(named.Text, named.Text.Length, 6, out _))
        {
            return named;
        }

        var edition = named.Text.LastIndexOf('第');
        if (edition < 4)
        {
            return named;
        }

        // 中国机械工程学会（CMES）第十一届理事会: the bracketed short name is the body's alias
        var text = named.Text[..edition];
        var open = text.Length > 0 && Text.Chars.IsCloseBracket(text[^1]) ? text.LastIndexOfAny(['(', '（']) : -1;
        open = open > 0 && Text.Chars.IsLatinName(text.AsSpan(open + 1, text.Length - open - 2)) ? open : -1;
        var body = new Mention(EntityTypes.Organization, open > 0 ? text[..open] : text, named.SentenceIndex, named.Start, named.Start + edition) { Kind = named.Kind, Nested = true };
        if (open > 0)
        {
            body.Aliases.Add(text[(open + 1)..^1]);
        }

        nested.Add(body);
        return body;
    }

    private bool HasHappening(string text)
    {
        for (var i = happening.NextStart(text, 0); i >= 0; i = happening.NextStart(text, i + 1))
        {
            if (happening.LongestAt(text, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>X(以下简称“Y”) / X(简称Y) / X(下称Y): Y is another form of X, found wherever it appears later.</summary>
    private static void AddShortForms(Sentence sentence, IEnumerable<Mention> mentions)
    {
        var s = sentence.Text;
        foreach (var m in mentions.ToList())
        {
            if (m.End >= s.Length || !Text.Chars.IsOpenBracket(s[m.End]))
            {
                continue;
            }

            var close = s.IndexOfAny([')', '）'], m.End);
            if (close < 0 || close - m.End > 30)
            {
                continue;
            }

            var inner = s[(m.End + 1)..close];
            foreach (var cue in Text.Chars.AliasCues)
            {
                var at = inner.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var alias = AliasResolver.Normalize(inner[(at + cue.Length)..].Trim('：', ':', ' '));
                    if (alias.Length >= 2)
                    {
                        m.Aliases.Add(alias);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>People and 简称 forms named once are found again wherever the same string is written.</summary>
    private static void AddRepeatedNames(List<(Sentence Sentence, List<Mention> Top)> sentences, Func<Mention, IEnumerable<string>> formsOf)
    {
        var forms = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var (_, top) in sentences)
        {
            foreach (var m in top)
            {
                foreach (var form in formsOf(m))
                {
                    forms.TryAdd(form, m);
                }
            }
        }

        if (forms.Count == 0)
        {
            return;
        }

        foreach (var (sentence, top) in sentences)
        {
            var s = sentence.Text;
            foreach (var (form, source) in forms)
            {
                var at = 0;
                while ((at = s.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
                {
                    var end = at + form.Length;
                    var insideWord = Text.Chars.IsLatin(form[0]) && ((at > 0 && Text.Chars.IsLatin(s[at - 1])) || (end < s.Length && Text.Chars.IsLatin(s[end])));
                    if (!insideWord && !top.Any(t => t.Start < end && at < t.End))
                    {
                        var m = new Mention(source.Type, form, sentence.Index, at, end) { Kind = source.Kind };
                        if (source.Type != EntityTypes.Person)
                        {
                            // the short form denotes the named entity: resolve through its alias
                            m.Aliases.Add(source.Text);
                        }

                        top.Add(m);
                    }

                    at = end;
                }
            }

            top.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static int OrganizationsFirst(Mention m) => m.Type == EntityTypes.Organization ? 0 : 1;
}
