using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>
/// The scoring of ONTOLOGY.md, the same algorithm as score.py: entities match on type and a shared normalised name
/// or alias (greedy, one-to-one, an exact name preferred); relations match on type and both ends resolved through the
/// document's name sets (unordered for the symmetric types); role and title are accuracy over matched relations.
/// </summary>
public static class Scorer
{
    private static readonly HashSet<string> Symmetric = [RelationTypes.PartnersWith, RelationTypes.MetWith];

    public static EvaluationReport Score(IReadOnlyDictionary<string, GoldDocument> gold, IReadOnlyDictionary<string, GoldDocument> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var ent = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var rel = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int kindOk = 0, kindN = 0, attrOk = 0, attrN = 0;
        var errors = new List<string>();
        int[] Row(SortedDictionary<string, int[]> t, string type) => t.TryGetValue(type, out var r) ? r : t[type] = new int[3];

        foreach (var (doc, g) in gold.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var p = predicted.GetValueOrDefault(doc) ?? new GoldDocument(doc, [], []);
            var pairs = MatchEntities(g.Entities, p.Entities);
            var matchedPred = pairs.Values.ToHashSet();
            for (var gi = 0; gi < g.Entities.Count; gi++)
            {
                var e = g.Entities[gi];
                if (pairs.TryGetValue(gi, out var pi))
                {
                    Row(ent, e.Type)[0]++;
                    if (e.Type == EntityTypes.Organization && !string.IsNullOrEmpty(e.Kind))
                    {
                        kindN++;
                        kindOk += p.Entities[pi].Kind == e.Kind ? 1 : 0;
                    }
                }
                else
                {
                    Row(ent, e.Type)[2]++;
                    errors.Add($"{doc} missed entity {e.Type} {e.Name}");
                }
            }

            for (var pi = 0; pi < p.Entities.Count; pi++)
            {
                if (!matchedPred.Contains(pi))
                {
                    Row(ent, p.Entities[pi].Type)[1]++;
                    errors.Add($"{doc} spurious entity {p.Entities[pi].Type} {p.Entities[pi].Name}");
                }
            }

            var gres = Resolver(g.Entities);
            var pres = Resolver(p.Entities);
            var used = new HashSet<int>();
            foreach (var r in g.Relations)
            {
                var hit = -1;
                for (var pi = 0; pi < p.Relations.Count; pi++)
                {
                    if (!used.Contains(pi) && RelationMatches(r, p.Relations[pi], gres, pres))
                    {
                        hit = pi;
                        break;
                    }
                }

                if (hit < 0)
                {
                    Row(rel, r.Type)[2]++;
                    errors.Add($"{doc} missed relation {r.Type} {r.Source} -> {r.Target}");
                    continue;
                }

                used.Add(hit);
                Row(rel, r.Type)[0]++;
                var q = p.Relations[hit];
                if (!string.IsNullOrEmpty(r.Role))
                {
                    attrN++;
                    attrOk += ScoreNames.Normalize(q.Role) == ScoreNames.Normalize(r.Role) ? 1 : 0;
                }

                if (!string.IsNullOrEmpty(r.Title))
                {
                    attrN++;
                    attrOk += ScoreNames.TitleParts(q.Title).Overlaps(ScoreNames.TitleParts(r.Title)) ? 1 : 0;
                }
            }

            for (var pi = 0; pi < p.Relations.Count; pi++)
            {
                if (!used.Contains(pi))
                {
                    Row(rel, p.Relations[pi].Type)[1]++;
                    errors.Add($"{doc} spurious relation {p.Relations[pi].Type} {p.Relations[pi].Source} -> {p.Relations[pi].Target}");
                }
            }
        }

        return new EvaluationReport(gold.Count, Table(ent), Table(rel), kindN == 0 ? null : (double)kindOk / kindN, attrN == 0 ? null : (double)attrOk / attrN, errors);
    }

    /// <summary>Greedy one-to-one matching in gold order; returns gold index → predicted index.</summary>
    public static Dictionary<int, int> MatchEntities(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GoldEntity> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var pairs = new Dictionary<int, int>();
        var used = new HashSet<int>();
        var predNames = predicted.Select(ScoreNames.Names).ToList();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            var gn = ScoreNames.Names(g);
            var gname = ScoreNames.Normalize(g.Name);
            int? best = null;
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                if (used.Contains(pi) || predicted[pi].Type != g.Type || !gn.Overlaps(predNames[pi]))
                {
                    continue;
                }

                if (ScoreNames.Normalize(predicted[pi].Name) == gname)
                {
                    best = pi;
                    break;
                }

                best ??= pi;
            }

            if (best is { } b)
            {
                pairs[gi] = b;
                used.Add(b);
            }
        }

        return pairs;
    }

    /// <summary>A relation end (a name) → the names of every entity of the document that carries it.</summary>
    private static Func<string, HashSet<string>> Resolver(IReadOnlyList<GoldEntity> entities)
    {
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var ns = ScoreNames.Names(e);
            foreach (var n in ns)
            {
                if (!table.TryGetValue(n, out var set))
                {
                    table[n] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(ns);
            }
        }

        return name =>
        {
            var n = ScoreNames.Normalize(name);
            return table.TryGetValue(n, out var set) ? set : new HashSet<string>(StringComparer.Ordinal) { n };
        };
    }

    private static bool RelationMatches(GoldRelation g, GoldRelation p, Func<string, HashSet<string>> gres, Func<string, HashSet<string>> pres)
    {
        if (g.Type != p.Type)
        {
            return false;
        }

        var (gs, gt, ps, pt) = (gres(g.Source), gres(g.Target), pres(p.Source), pres(p.Target));
        if (gs.Overlaps(ps) && gt.Overlaps(pt))
        {
            return true;
        }

        return Symmetric.Contains(g.Type) && gs.Overlaps(pt) && gt.Overlaps(ps);
    }

    private static Dictionary<string, TypeScore> Table(SortedDictionary<string, int[]> counts)
    {
        var rows = new Dictionary<string, TypeScore>(StringComparer.Ordinal);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (type, c) in counts)
        {
            rows[type] = new TypeScore(c[0], c[1], c[2]);
            (tp, fp, fn) = (tp + c[0], fp + c[1], fn + c[2]);
        }

        rows["ALL"] = new TypeScore(tp, fp, fn);
        return rows;
    }
}
