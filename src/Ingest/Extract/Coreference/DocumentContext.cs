using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Text;

namespace KnowledgeGraph.Ingest.Extract.Coreference;

/// <summary>
/// What an article is about geographically, for resolving context short forms (省科协, 市科协, 区委): the most
/// frequent province, city and district named in the text (the publisher's place breaks ties), plus district names
/// learned from the text (广州市天河区… teaches 天河区) that then serve as name prefixes.
/// </summary>
public sealed class DocumentContext
{
    public string? Province { get; private init; }
    public string? City { get; private init; }
    public string? District { get; private init; }

    /// <summary>The university the document is about (its most often named one), for 校科协/校党委; set once its bodies are recognised.</summary>
    public string? University { get; set; }

    /// <summary>The province is a municipality (北京, 上海, 天津, 重庆: listed as a province ending in 市): it has no 省科协, its 市科协 is its own.</summary>
    public bool ProvinceIsCity { get; private init; }
    public CharTrie<bool> Anchors { get; private init; } = new();

    public static DocumentContext Build(string text, string? publisher, Lexicon lexicon)
    {
        var counts = new Dictionary<(PlaceLevel, string), int>();
        var anchors = new CharTrie<bool>();
        var districts = new Dictionary<string, int>();
        for (var i = 0; i < text.Length; i++)
        {
            var len = lexicon.Places.LongestAt(text, i, out var level);
            if (len == 0)
            {
                continue;
            }

            var name = Bare(text.Substring(i, len));
            counts[(level, name)] = counts.GetValueOrDefault((level, name)) + 1;
            if (level is PlaceLevel.City or PlaceLevel.Province)
            {
                // 广州市天河区: a county-level unit written after its city
                for (var n = 2; n <= 3; n++)
                {
                    var k = i + len + n;
                    if (k < text.Length && text[k] is '区' or '县' && Text.Chars.IsCjk(text[i + len]))
                    {
                        var d = text.Substring(i + len, n + 1);
                        if (!d.Contains('市') && !d.Contains('省'))
                        {
                            anchors.Add(d, true);
                            districts[d] = districts.GetValueOrDefault(d) + 1;
                        }

                        break;
                    }
                }
            }

            i += len - 1;
        }

        string? Top(PlaceLevel level)
        {
            var best = counts.Where(kv => kv.Key.Item1 == level).OrderByDescending(kv => kv.Value + (publisher?.Contains(kv.Key.Item2, StringComparison.Ordinal) == true ? 100 : 0)).FirstOrDefault();
            return best.Value > 0 ? best.Key.Item2 : null;
        }

        var district = districts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault() ?? CountyOfItsBodies(text);
        if (district is not null)
        {
            // the district read with its short form (天河) in later text
            anchors.Add(district[..^1], true);
        }

        var province = Top(PlaceLevel.Province);
        var provinceIsCity = province is not null && lexicon.Places.TryGet(province + "市", out var provinceLevel) && provinceLevel == PlaceLevel.Province;
        return new DocumentContext { Province = province, ProvinceIsCity = provinceIsCity, City = Top(PlaceLevel.City), District = district, Anchors = anchors };
    }

    private static readonly string[] CountyBodies = ["科协", "科学技术协会", "人民政府", "委", "政府", "人大", "政协"];

    /// <summary>
    /// 长兴县科协, 长兴县人民政府: a county or district named only before its own bodies (the city may never be written).
    /// The two characters before 县/区 are taken as its name; the most frequent such name wins.
    /// </summary>
    private static string? CountyOfItsBodies(string text)
    {
        Dictionary<string, int>? counts = null;
        for (var k = text.Length > 2 ? text.IndexOfAny(['县', '区'], 2) : -1; k > 0; k = k + 1 < text.Length ? text.IndexOfAny(['县', '区'], k + 1) : -1)
        {
            if (!Text.Chars.IsCjk(text[k - 1]) || !Text.Chars.IsCjk(text[k - 2]) || text[k - 1] is '市' or '省' or '地' || Text.Chars.WordAt(text, k + 1, CountyBodies) == 0)
            {
                continue;
            }

            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var name = text.Substring(k - 2, 3);
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts?.Where(kv => kv.Value >= 2).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
    }

    private static string Bare(string place) =>
        place.Length > 2 && (place.EndsWith('省') || place.EndsWith('市')) ? place[..^1] : place;

    /// <summary>省科协 → 广东省科协; 市科协 → 广州市科协; 区委 → 天河区委. Null when the context gives no place.</summary>
    public string? ResolveContextForm(string name)
    {
        if (name.Length < 2)
        {
            return null;
        }

        return name[0] switch
        {
            '省' when Province is not null && !ProvinceIsCity => Province + name,
            '市' when City is not null => City + name,
            '市' when ProvinceIsCity => Province + name,
            '区' when District is not null => District + name[1..],
            '县' when District is not null && District[^1] == '县' => District + name[1..],
            '校' when University is not null => University + name[1..],
            _ => null,
        };
    }
}
