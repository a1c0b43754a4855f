using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Organizations;

/// <summary>
/// Decides an organisation's kind from its suffix and its prefix (ANNOTATION-NOTES rule 6): a foreign country
/// prefix makes a ForeignOrganization, a continent or 国际/世界 prefix an InternationalOrganization, overseas
/// Chinese wording an OverseasSociety, a Hong Kong/Macao/Taiwan body a Society, a unit under a parent a Department.
/// </summary>
public sealed class KindClassifier(Lexicon lexicon)
{
    private static readonly string[] OverseasMarkers = ["海外", "华人", "华侨", "留学", "旅美", "旅英", "旅欧", "旅日", "旅法", "旅德", "侨"];
    private static readonly string[] InternationalPrefixes = ["国际", "世界", "全球", "亚太", "亚洲", "欧洲", "非洲", "美洲", "太平洋", "发展中国家"];
    private static readonly string[] RegionalChinese = ["香港", "澳门", "台湾"];

    public string Classify(string name, string suffixKind, bool hasParent)
    {
        if (hasParent && suffixKind is OrganizationKinds.Government or OrganizationKinds.Department or OrganizationKinds.Platform or OrganizationKinds.University)
        {
            return OrganizationKinds.Department;
        }

        var prefixLen = lexicon.Places.LongestAt(name, 0, out var level);
        var flexible = suffixKind is OrganizationKinds.Society or OrganizationKinds.Association or OrganizationKinds.InternationalOrganization
            or OrganizationKinds.ResearchInstitute or OrganizationKinds.Other or OrganizationKinds.Platform;

        if (suffixKind is OrganizationKinds.Society or OrganizationKinds.Association or OrganizationKinds.Other
            && OverseasMarkers.Any(m => name.Contains(m, StringComparison.Ordinal)) && !name.StartsWith("中国", StringComparison.Ordinal))
        {
            return OrganizationKinds.OverseasSociety;
        }

        if (prefixLen > 0 && level == PlaceLevel.Country && !name.StartsWith("中国", StringComparison.Ordinal) && !name.StartsWith("中华", StringComparison.Ordinal))
        {
            return flexible || suffixKind == OrganizationKinds.Government ? OrganizationKinds.ForeignOrganization : suffixKind;
        }

        if (flexible && ((prefixLen > 0 && level == PlaceLevel.Continent && !name.StartsWith("全欧", StringComparison.Ordinal))
            || InternationalPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))))
        {
            return suffixKind == OrganizationKinds.Platform ? suffixKind : OrganizationKinds.InternationalOrganization;
        }

        if (RegionalChinese.Any(p => name.StartsWith(p, StringComparison.Ordinal)) && flexible)
        {
            return OrganizationKinds.Society;
        }

        if (suffixKind == OrganizationKinds.InternationalOrganization)
        {
            // 理事会 of a Chinese body
            return OrganizationKinds.Society;
        }

        return suffixKind;
    }
}
