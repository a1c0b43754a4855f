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
    private readonly KindMarkers markers = lexicon.KindMarkers;

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
            && markers.Overseas.Any(m => name.Contains(m, StringComparison.Ordinal)) && !name.StartsWith("中国", StringComparison.Ordinal))
        {
            return OrganizationKinds.OverseasSociety;
        }

        if (prefixLen > 0 && level == PlaceLevel.Country && !name.StartsWith("中国", StringComparison.Ordinal) && !name.StartsWith("中华", StringComparison.Ordinal))
        {
            return flexible || suffixKind == OrganizationKinds.Government ? OrganizationKinds.ForeignOrganization : suffixKind;
        }

        if (flexible && ((prefixLen > 0 && level == PlaceLevel.Continent && !name.StartsWith("全欧", StringComparison.Ordinal))
            || markers.International.Any(p => name.StartsWith(p, StringComparison.Ordinal))))
        {
            return suffixKind == OrganizationKinds.Platform ? suffixKind : OrganizationKinds.InternationalOrganization;
        }

        if (markers.Regional.Any(p => name.StartsWith(p, StringComparison.Ordinal)) && flexible)
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
