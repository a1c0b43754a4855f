using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Lexicons;

/// <summary>Place level of a <c>places.tsv</c> row.</summary>
public enum PlaceLevel
{
    Country,
    Continent,
    Province,
    City,
    District,
    Region,
}

/// <summary>How an organisation suffix constrains the name before it (see <c>org_suffixes.tsv</c>).</summary>
public enum SuffixStrength
{
    Strong,
    Weak,
    Internal,
}

public sealed record OrgSuffix(string Suffix, string Kind, SuffixStrength Strength)
{
    /// <summary>Ends the name of a unit of a body written before it (部, 处, 办公室, 局, 委员会), not of a body of its own.</summary>
    public bool NamesUnit => Strength == SuffixStrength.Internal || Kind is OrganizationKinds.Government or OrganizationKinds.Department;
}

/// <summary>Overseas words anywhere in a society's name; international and Hong Kong/Macao/Taiwan words at its start.</summary>
public sealed record KindMarkers(IReadOnlyList<string> Overseas, IReadOnlyList<string> International, IReadOnlyList<string> Regional);

public sealed record KnownOrganization(string Name, string Kind, IReadOnlyList<string> Aliases);

public sealed record KnownProgram(string Name, IReadOnlyList<string> Aliases);

public sealed record Trigger(string Relation, string Word, string? Role, double Confidence);

public sealed record Abbreviation(string Full, string Short);

/// <summary>
/// All data the extractor reads, loaded once from the lexicon folder and shared read-only by every extraction,
/// compiled into tries so that lookups do not scan the word lists.
/// </summary>
public sealed class Lexicon
{
    public required CharTrie<PlaceLevel> Places { get; init; }
    public required CharTrie<bool> PlaceAbbreviations { get; init; }
    public required CharTrie<OrgSuffix> OrgSuffixes { get; init; }
    public required CharTrie<KnownOrganization> KnownOrganizations { get; init; }
    public required CharTrie<bool> Titles { get; init; }
    public required CharTrie<bool> BylineTitles { get; init; }
    public required CharTrie<bool> TitleModifiers { get; init; }
    public required CharTrie<bool> ChainQualifiers { get; init; }
    public required CharTrie<bool> PersonDescriptors { get; init; }
    public required HashSet<string> SingleSurnames { get; init; }
    public required HashSet<string> CompoundSurnames { get; init; }
    public required CharTrie<bool> BoundaryWords { get; init; }
    public required CharTrie<bool> EventBoundaryWords { get; init; }
    public required CharTrie<bool> GenericHeads { get; init; }
    public required CharTrie<string> EventSuffixes { get; init; }

    /// <summary>The governing organs of the governance rows of event_suffixes.tsv (理事会, 常委会 …), leading 次 dropped.</summary>
    public required CharTrie<bool> GoverningOrgans { get; init; }
    public required CharTrie<bool> ProgramSuffixes { get; init; }
    public required CharTrie<bool> InstrumentSuffixes { get; init; }
    public required CharTrie<KnownProgram> KnownPrograms { get; init; }
    public required IReadOnlyList<Trigger> Triggers { get; init; }
    public required IReadOnlyList<Abbreviation> Abbreviations { get; init; }
    public required CharTrie<bool> SuffixBlockers { get; init; }

    /// <summary>Words with a boundary word inside (功率, 效率: 率 "leads"), read as part of a name, not as its edge.</summary>
    public required CharTrie<bool> BoundaryExceptions { get; init; }

    /// <summary>中国, 全国, 国际 …: words that anchor a national or international body's name without a place.</summary>
    public required CharTrie<bool> NationalPrefixes { get; init; }

    /// <summary>Suffixes that, right after a bare place, name a category of designation (江西省重点实验室), not one body.</summary>
    public required CharTrie<bool> CategorySuffixes { get; init; }

    /// <summary>Boundary words that, right before 集团/公司, name a company's trade (宏筑建设集团).</summary>
    public required CharTrie<bool> TradeWords { get; init; }

    /// <summary>Name words that decide an organisation's kind, by group (kind_markers.tsv).</summary>
    public required KindMarkers KindMarkers { get; init; }

    /// <summary>Signed documents that make partners (合作备忘录, 协议), most specific first.</summary>
    public required IReadOnlyList<string> InstrumentWords { get; init; }

    /// <summary>旅美, 全美: before a known Chinese body's name they make another body (旅美中国科协).</summary>
    public required CharTrie<bool> OverseasPrefixes { get; init; }

    /// <summary>Words starting right after a suffix that show a blocker running over it is not one (大学 + 生命科学学院, not 大学生).</summary>
    public required CharTrie<bool> BlockerExceptions { get; init; }
    public required CharTrie<bool> NameFollowers { get; init; }
    public required CharTrie<bool> NonNames { get; init; }

    /// <summary>Self-references of the issuer (我厅 → endings the issuer's name may have: 厅).</summary>
    public CharTrie<IReadOnlyList<string>> SelfReferences { get; init; } = new();

    public CharTrie<Trigger> TriggersOf(params string[] relations)
    {
        var trie = new CharTrie<Trigger>();
        foreach (var t in Triggers)
        {
            if (relations.Contains(t.Relation))
            {
                trie.Add(t.Word, t);
            }
        }

        return trie;
    }
}
