using System.Globalization;
using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Curate.Candidates;

/// <summary>
/// Likely duplicates among entities of one type, scored from independent signals: a shared name or alias (case-folded, so
/// CAST = cast), a qualified form (基地 / 基地(广东)), a word inserted (亚太 / 亚太地区 …联合会), weakly one name containing
/// the other, the same affiliation or kind. Names the resolver treats as context-dependent (省科协) count less,
/// since they are kept apart on purpose. Pairs are only compared within a block sharing a first character or a name.
/// </summary>
public sealed class DuplicateFinder(ContextDependentNames contextNames)
{
    private const int MaxBlock = 300;
    private const double Threshold = 0.3;

    public IReadOnlyList<Candidate> Find(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, int> mentionCounts, IReadOnlySet<(string, string)> keptApart)
    {
        var pairs = new HashSet<(Entity, Entity)>();
        foreach (var group in entities.GroupBy(e => e.Type))
        {
            var blocks = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
            foreach (var e in group)
            {
                foreach (var key in Keys(e).Select(k => "n:" + k).Append("f:" + Key(e.Name)[..Math.Min(1, Key(e.Name).Length)]).Distinct())
                {
                    (blocks.TryGetValue(key, out var list) ? list : blocks[key] = []).Add(e);
                }
            }

            foreach (var block in blocks.Values.Where(b => b.Count is > 1 and <= MaxBlock))
            {
                for (var i = 0; i < block.Count; i++)
                {
                    for (var j = i + 1; j < block.Count; j++)
                    {
                        var (a, b) = string.CompareOrdinal(block[i].Id, block[j].Id) < 0 ? (block[i], block[j]) : (block[j], block[i]);
                        pairs.Add((a, b));
                    }
                }
            }
        }

        var result = new List<Candidate>();
        foreach (var (a, b) in pairs)
        {
            if (keptApart.Contains((a.Id, b.Id)) || keptApart.Contains((b.Id, a.Id)))
            {
                continue;
            }

            var (score, reasons) = Score(a, b);
            if (score >= Threshold)
            {
                var (keep, merge) = Survivor(a, b, mentionCounts);
                result.Add(new Candidate(Candidate.DuplicatePrefix + keep.Id + ":" + merge.Id, CandidateKind.Duplicate, Math.Round(Math.Min(1, score), 3), reasons)
                {
                    KeepId = keep.Id,
                    MergeId = merge.Id,
                });
            }
        }

        return result;
    }

    private (double Score, List<string> Reasons) Score(Entity a, Entity b)
    {
        var reasons = new List<string>();
        var score = 0.0;
        var shared = Keys(a).Intersect(Keys(b)).ToList();
        if (shared.Count > 0)
        {
            var contextual = shared.All(contextNames.Contains);
            score += contextual ? 0.3 : 0.6;
            reasons.Add(contextual ? $"share the context-dependent name {shared[0]}" : $"share the name {shared[0]}");
        }
        else
        {
            var (shortName, longName) = Key(a.Name).Length <= Key(b.Name).Length ? (Key(a.Name), Key(b.Name)) : (Key(b.Name), Key(a.Name));
            if (shortName.Length >= 2 && longName.StartsWith(shortName, StringComparison.Ordinal) && longName[shortName.Length] is '(' or '（')
            {
                score += 0.45;
                reasons.Add($"{longName} is {shortName} with a qualifier");
            }
            else if (IsInfixVariant(shortName, longName))
            {
                score += 0.45;
                reasons.Add($"{shortName} and {longName} differ by an inserted word");
            }
            else if (shortName.Length >= 2 && longName.Contains(shortName, StringComparison.Ordinal))
            {
                // 中共中央 in 中共中央组织部 is usually a parent body, not the same one: weak on its own.
                score += 0.15;
                reasons.Add($"{longName} contains {shortName}");
            }
        }

        if (score == 0)
        {
            return (0, reasons);
        }

        var affiliationA = a.Properties.GetValueOrDefault(EntityProperties.Affiliation);
        var affiliationB = b.Properties.GetValueOrDefault(EntityProperties.Affiliation);
        if (affiliationA is not null && affiliationA == affiliationB)
        {
            score += 0.25;
            reasons.Add($"same affiliation {affiliationA}");
        }
        else if (affiliationA is not null && affiliationB is not null)
        {
            score -= 0.2;
            reasons.Add($"different affiliations ({affiliationA} / {affiliationB})");
        }

        if (a.Type == EntityTypes.Organization && a.Kind is not null && a.Kind == b.Kind && a.Kind != OrganizationKinds.Other)
        {
            score += 0.1;
            reasons.Add($"both {a.Kind}");
        }

        return (score, reasons);
    }

    /// <summary>The entity that stays: the better attested one (more mentions), then the fuller name, then the smaller id.</summary>
    private static (Entity Keep, Entity Merge) Survivor(Entity a, Entity b, IReadOnlyDictionary<string, int> mentions)
    {
        var order = new[] { a, b }
            .OrderByDescending(e => mentions.GetValueOrDefault(e.Id))
            .ThenByDescending(e => e.Name.Length)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        return (order[0], order[1]);
    }

    /// <summary>
    /// 亚太工程组织联合会 / 亚太地区工程组织联合会: same first and last character, the short form runs in order through the
    /// long one and covers most of it (so 中国科学院 / 中国中医科学院 does not count).
    /// </summary>
    private static bool IsInfixVariant(string shortName, string longName)
    {
        if (shortName.Length < 4 || longName.Length <= shortName.Length || shortName[0] != longName[0] || shortName[^1] != longName[^1]
            || shortName.Length < 0.75 * longName.Length)
        {
            return false;
        }

        var i = 0;
        foreach (var ch in longName)
        {
            if (i < shortName.Length && shortName[i] == ch)
            {
                i++;
            }
        }

        return i == shortName.Length;
    }

    private static IEnumerable<string> Keys(Entity e) => e.Aliases.Prepend(e.Name).Select(Key).Where(k => k.Length > 0).Distinct();

    private static string Key(string name) => Ids.Normalize(name).ToLower(CultureInfo.InvariantCulture);
}
