using KnowledgeGraph.Ingest.Extract.Coreference;
using KnowledgeGraph.Ingest.Extract.Relations;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract;

/// <summary>
/// Turns resolved entity groups and relation candidates into the <see cref="DocumentGraph"/>: entity names and aliases,
/// evidence with article offsets, and one relation per type and ends (the strongest ORGANIZED role, the titles of
/// one person–body pair joined).
/// </summary>
public static class GraphBuilder
{
    private static readonly string[] RoleOrder = ["host", "organizer", "co-organizer", "guide", "support"];

    public static DocumentGraph Build(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<AliasResolver.EntityGroup> groups, IReadOnlyList<RelationCandidate> candidates)
    {
        Evidence EvidenceOf(Mention m)
        {
            var sentence = sentences[m.SentenceIndex];
            return new Evidence(article.Id, sentence.Original, sentence.ArticleOffset(m.Start), sentence.ArticleEnd(m.End));
        }

        var entities = new List<ExtractedEntity>();
        foreach (var g in groups)
        {
            var properties = new Dictionary<string, string>();
            foreach (var m in g.Mentions)
            {
                foreach (var (k, v) in m.Properties.Where(p => p.Key is not ("bare" or "prefixParent" or Organizations.IssuerReferences.RefersTo or Organizations.IssuerReferences.IssuerUnit or Coreference.HeadReferences.Reference)))
                {
                    properties.TryAdd(k, v);
                }
            }

            if (g.Parent is not null)
            {
                properties.TryAdd("parent", g.Parent);
            }

            entities.Add(new ExtractedEntity(g.Type, g.Name)
            {
                Kind = g.Type == EntityTypes.Organization ? g.Kind ?? OrganizationKinds.Other : null,
                Aliases = g.Forms.Where(f => f.Length > 0 && f != g.Name).OrderBy(f => f, StringComparer.Ordinal).ToList(),
                Properties = properties,
                Mentions = g.Mentions.OrderBy(m => m.SentenceIndex).ThenBy(m => m.Start).Select(EvidenceOf).ToList(),
            });
        }

        var names = entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var relations = new Dictionary<(string, string, string), ExtractedRelation>();
        foreach (var c in candidates)
        {
            var source = c.Source.Key;
            var target = c.Target.Key;
            if (source == target || !names.Contains(source) || !names.Contains(target))
            {
                continue;
            }

            if (c.Type is RelationTypes.PartnersWith or RelationTypes.MetWith && string.CompareOrdinal(source, target) > 0)
            {
                (source, target) = (target, source);
            }

            var props = new Dictionary<string, string>();
            if (c.Role is not null)
            {
                props["role"] = c.Role;
            }

            if (c.Title is not null)
            {
                props["title"] = c.Title;
            }

            if (c.Instrument is not null)
            {
                props["instrument"] = c.Instrument;
            }

            var sentence = sentences[c.SentenceIndex];
            var evidence = new Evidence(article.Id, sentence.Original, sentence.ArticleOffset(Math.Min(c.Source.Start, c.Target.Start)), sentence.ArticleEnd(Math.Max(c.Source.End, c.Target.End)));
            var relation = new ExtractedRelation(c.Type, source, target) { Properties = props, Confidence = c.Confidence, Evidence = [evidence] };
            var key = (c.Type, source, target);
            if (!relations.TryGetValue(key, out var existing))
            {
                relations[key] = relation;
                continue;
            }

            relations[key] = Combine(existing, relation);
        }

        return new DocumentGraph(article, entities, relations.Values.ToList());
    }

    /// <summary>Two findings of the same relation: keep the stronger role, join distinct titles, keep all evidence.</summary>
    public static ExtractedRelation Combine(ExtractedRelation a, ExtractedRelation b)
    {
        var props = new Dictionary<string, string>(a.Properties);
        if (b.Properties.TryGetValue("role", out var rb) && (!props.TryGetValue("role", out var ra) || Rank(rb) < Rank(ra)))
        {
            props["role"] = rb;
        }

        if (b.Properties.TryGetValue("title", out var tb))
        {
            // 常委 and 常委、宣传部部长: each post once, in the order first written
            props["title"] = props.TryGetValue("title", out var ta) ? string.Join("、", ta.Split('、').Concat(tb.Split('、')).Distinct()) : tb;
        }

        foreach (var (k, v) in b.Properties)
        {
            props.TryAdd(k, v);
        }

        return a with { Properties = props, Confidence = Math.Max(a.Confidence, b.Confidence), Evidence = [.. a.Evidence, .. b.Evidence] };
    }

    private static int Rank(string role)
    {
        var i = Array.IndexOf(RoleOrder, role);
        return i < 0 ? RoleOrder.Length : i;
    }
}
