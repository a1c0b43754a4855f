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

        var district = districts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        if (district is not null)
        {
            // the district read with its short form (天河) in later text
            anchors.Add(district[..^1], true);
        }

        var province = Top(PlaceLevel.Province);
        var provinceIsCity = province is not null && lexicon.Places.TryGet(province + "市", out var provinceLevel) && provinceLevel == PlaceLevel.Province;
        return new DocumentContext { Province = province, ProvinceIsCity = provinceIsCity, City = Top(PlaceLevel.City), District = district, Anchors = anchors };
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
            _ => null,
        };
    }
}
