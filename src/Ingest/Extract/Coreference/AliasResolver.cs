using System.Buffers;
using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Coreference;

/// <summary>
/// Decides which mentions of a document denote the same entity and sets every mention's <see cref="Mention.Key"/>
/// to the entity's name (its fullest form). Full and short forms meet through the abbreviation rules
/// (科学技术协会 ↔ 科协), known bodies through their lexicon entry, context forms (省科协) through the document's
/// place, a bare unit (国际联络部) through the unit named with its parent, and an event's short form through its
/// distinguishing core (新春团拜会 inside 2026年…新春团拜活动).
/// </summary>
public sealed class AliasResolver(Lexicon lexicon)
{
    private static readonly string[] EventSuffixCut = ["大会", "会议", "活动", "论坛", "年会", "会"];

    public sealed class EntityGroup(string type)
    {
        public string Type { get; } = type;
        public string? Kind { get; set; }
        public List<Mention> Mentions { get; } = [];
        public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);
        public string Name { get; set; } = "";
        public string? Parent { get; set; }

        /// <summary>The abbreviated text of the group's first (longest) mention, computed on first use.</summary>
        internal string? FullKey { get; set; }
    }

    public List<EntityGroup> Resolve(IReadOnlyList<Mention> mentions, DocumentContext context)
    {
        var groups = new List<EntityGroup>();
        var byKey = new Dictionary<string, EntityGroup>(StringComparer.Ordinal);

        EntityGroup GroupFor(string type, string key)
        {
            var k = type + "|" + key;
            if (!byKey.TryGetValue(k, out var g))
            {
                g = new EntityGroup(type);
                byKey[k] = g;
                groups.Add(g);
            }

            return g;
        }

        // first pass: full names, so that short forms can find them
        foreach (var m in mentions.OrderByDescending(m => m.Text.Length))
        {
            var key = m.Type switch
            {
                EntityTypes.Organization => OrgKey(m, context, byKey, groups),
                EntityTypes.Event => EventKey(m, byKey),
                _ => Normalize(m.Text),
            };
            var g = GroupFor(m.Type, key);
            g.Mentions.Add(m);
            if (!m.Properties.ContainsKey(HeadReferences.Reference))
            {
                g.Forms.Add(m.Text); // 联盟 (for the alliance named last) is not a name of the body
            }

            foreach (var a in m.Aliases)
            {
                g.Forms.Add(a);
                byKey.TryAdd(m.Type + "|" + Normalize(a), g);
            }

            if (m.Type == EntityTypes.Organization)
            {
                var resolved = context.ResolveContextForm(m.Text);
                if (resolved is not null && !lexicon.Places.Contains(m.Text.AsSpan(0, Math.Min(2, m.Text.Length))))
                {
                    g.Forms.Add(resolved);
                }

                if (lexicon.KnownOrganizations.TryGet(m.Text, out var known))
                {
                    g.Forms.Add(known.Name);
                    foreach (var a in known.Aliases)
                    {
                        g.Forms.Add(a);
                    }
                }

                byKey.TryAdd(m.Type + "|" + Normalize(m.Text), g);
                g.Kind ??= m.Kind;
                g.Parent ??= m.ParentText;
                if (m.ParentText is not null && m.Text.Length > m.ParentText.Length)
                {
                    // the unit written alone later (国际联络部) is this unit
                    byKey.TryAdd(m.Type + "|bare:" + m.Text[m.ParentText.Length..], g);
                }
            }

            if (m.Type == EntityTypes.Program && lexicon.KnownPrograms.TryGet(m.Text, out var program))
            {
                foreach (var a in program.Aliases)
                {
                    g.Forms.Add(a);
                }
            }

            m.Key = key;
        }

        foreach (var g in groups)
        {
            // the fullest written form is the name; generated forms are aliases only
            var written = g.Mentions.Select(x => x.Properties.GetValueOrDefault(Organizations.IssuerReferences.RefersTo) ?? x.Text).Distinct().ToList();
            g.Name = written.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First();
            if (g.Type == EntityTypes.Organization)
            {
                foreach (var f in g.Forms.ToList())
                {
                    g.Forms.Add(Abbreviate(f));
                    g.Forms.Add(Expand(f));
                }
            }

            g.Forms.Remove(g.Name);
            foreach (var m in g.Mentions)
            {
                m.Key = g.Name;
            }
        }

        return groups;
    }

    private string OrgKey(Mention m, DocumentContext context, Dictionary<string, EntityGroup> byKey, List<EntityGroup> groups)
    {
        if (m.Properties.TryGetValue(Organizations.IssuerReferences.RefersTo, out var issuer))
        {
            // 我厅, 本会: the issuer itself
            return lexicon.KnownOrganizations.TryGet(issuer, out var knownIssuer) ? Abbreviate(knownIssuer.Name) : Abbreviate(issuer);
        }

        if (lexicon.KnownOrganizations.TryGet(m.Text, out var known))
        {
            return Abbreviate(known.Name);
        }

        // a form the text itself gave a body (X（以下简称“省机械学会”）) is that body, before any reading from context
        if (byKey.TryGetValue(m.Type + "|" + Normalize(m.Text), out var declared) && declared.Mentions.Count > 0)
        {
            return declared.Mentions[0].Key;
        }

        if (byKey.TryGetValue(m.Type + "|bare:" + m.Text, out var unit))
        {
            return Abbreviate(unit.Mentions[0].Text);
        }

        // a back-reference by the tail of one longer name (调研组 → 中国科协海智工作调研组, 区块链联盟 → 粤港澳大湾区区块链联盟)
        var placePrefixed = lexicon.Places.Contains(m.Text.AsSpan(0, Math.Min(2, m.Text.Length)));
        if (context.ResolveContextForm(m.Text) is null || placePrefixed)
        {
            var shortKey = Abbreviate(m.Text);
            // the groups of the mention's type (every group is keyed by its type), each group's abbreviated name computed
            // once, not once per mention: this scan runs for every organisation mention
            EntityGroup? longer = null;
            var count = 0;
            foreach (var g in groups)
            {
                if (g.Type == m.Type && g.Mentions.Count > 0 && (g.FullKey ??= Abbreviate(g.Mentions[0].Text)) is var full && full.Length > shortKey.Length
                    && full.EndsWith(shortKey, StringComparison.Ordinal) && (!placePrefixed || lexicon.Places.Contains(full.AsSpan(0, full.Length - shortKey.Length))))
                {
                    longer = g;
                    count++;
                }
            }

            if (count == 1)
            {
                return longer!.Mentions[0].Key;
            }
        }

        var text = m.Text;
        if (!lexicon.Places.Contains(text.AsSpan(0, Math.Min(2, text.Length))) && context.ResolveContextForm(text) is { } resolved)
        {
            text = resolved;
        }
        else if (m.ParentText is not null && context.ResolveContextForm(m.ParentText) is { } parent && !lexicon.Places.Contains(m.ParentText.AsSpan(0, Math.Min(2, m.ParentText.Length))))
        {
            // 省科协合作交流部 → 广东省科协合作交流部
            text = parent + text[m.ParentText.Length..];
        }

        return Abbreviate(text);
    }

    private string EventKey(Mention m, Dictionary<string, EntityGroup> byKey)
    {
        var key = Abbreviate(m.Text);
        if (byKey.ContainsKey(m.Type + "|" + key))
        {
            return key;
        }

        // a shorter form whose distinguishing core is inside a longer event's name
        var core = Core(key);
        if (core.Length >= 3)
        {
            foreach (var (k, g) in byKey)
            {
                if (k.StartsWith(m.Type + "|", StringComparison.Ordinal) && g.Mentions.Count > 0 && (g.FullKey ??= Abbreviate(g.Mentions[0].Text)) is var other && other.Length > key.Length
                    && other.Contains(core, StringComparison.Ordinal))
                {
                    return other;
                }
            }
        }

        return key;
    }

    private static string Core(string eventName)
    {
        foreach (var s in EventSuffixCut)
        {
            if (eventName.EndsWith(s, StringComparison.Ordinal) && eventName.Length > s.Length)
            {
                return eventName[..^s.Length];
            }
        }

        return eventName;
    }

    /// <summary>Applies every abbreviation rule (科学技术协会 → 科协): the common key of full and short forms.</summary>
    public string Abbreviate(string name)
    {
        var s = Normalize(name);
        foreach (var a in lexicon.Abbreviations)
        {
            if (a.Full != "委员会" || s.EndsWith("委员会", StringComparison.Ordinal) && s.Length > 3 && (s.Contains("发展和改革", StringComparison.Ordinal) || s.Contains("科学技术", StringComparison.Ordinal)))
            {
                s = s.Replace(a.Full, a.Short, StringComparison.Ordinal);
            }
        }

        return s;
    }

    /// <summary>The customary full form of a short name (广东省科协 → 广东省科学技术协会), only for the 科协 family.</summary>
    public static string Expand(string name) =>
        name.EndsWith("科协", StringComparison.Ordinal) && !name.EndsWith("科学技术协会", StringComparison.Ordinal) ? name[..^2] + "科学技术协会" : name;

    public static string Normalize(string name) =>
        name.AsSpan().ContainsAny(NotInKeys) ? new(name.Where(c => !NotInKeys.Contains(c)).ToArray()) : name;

    private static readonly SearchValues<char> NotInKeys = SearchValues.Create(" \u3000“”《》\"「」");
}
