using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>
/// Content-derived ids, so that ingesting the same thing twice writes the same keys (an idempotent upsert).
/// </summary>
public static class Ids
{
    /// <summary>An entity's id: its type and canonical key (the canonical name, plus a disambiguator for people).</summary>
    public static string Entity(string type, string canonicalKey) => Prefix(type) + Hash(type, Normalize(canonicalKey));

    /// <summary>A relation's id: one relation per type and ordered pair (unordered for symmetric types).</summary>
    public static string Relation(string type, string sourceId, string targetId, bool symmetric)
    {
        if (symmetric && string.CompareOrdinal(sourceId, targetId) > 0)
        {
            (sourceId, targetId) = (targetId, sourceId);
        }

        return "r_" + Hash(type, sourceId, targetId);
    }

    /// <summary>An article's id from where it came from and its position in that input.</summary>
    public static string Article(string origin, int segment) => "a_" + Hash(origin, segment.ToString(CultureInfo.InvariantCulture));

    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The form names are compared in: NFKC, no whitespace, no quote marks (the scorer's rule).</summary>
    public static string Normalize(string name)
    {
        var nfkc = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var ch in nfkc)
        {
            if (!char.IsWhiteSpace(ch) && !IsQuote(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static bool IsQuote(char ch) => ch is '“' or '”' or '‘' or '’' or '"' or '\'' or '《' or '》' or '「' or '」' or '『' or '』';

    private static string Prefix(string type) => type switch
    {
        "Organization" => "org_",
        "Person" => "per_",
        "Event" => "evt_",
        "Program" => "prg_",
        _ => "ent_",
    };

    private static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 10));
    }
}
