using System.Reflection;
using System.Text.Json;

namespace KnowledgeGraph.Model.Storage;

/// <summary>
/// Which province a place name belongs to, from the data file <c>places.json</c> (kept out of code so it can grow without a
/// build of the logic). Stores pass <see cref="Places"/> to their query engine so every store derives provinces alike.
/// </summary>
public sealed class PlaceLexicon
{
    /// <summary>The bucket for entities no province is known for.</summary>
    public const string Unknown = "Unknown";

    private static readonly Lazy<PlaceLexicon> Embedded = new(LoadEmbedded);

    public PlaceLexicon(IReadOnlyDictionary<string, IReadOnlyList<string>> provinces)
    {
        Provinces = provinces.Keys.Order(StringComparer.Ordinal).ToList();

        // Longest place first: 吉林省 before 吉林, so a prefix test over this order finds the most specific place.
        Places = provinces
            .SelectMany(p => p.Value.Append(p.Key).Select(place => (Place: place, Province: p.Key)))
            .DistinctBy(p => p.Place)
            .OrderByDescending(p => p.Place.Length)
            .ThenBy(p => p.Place, StringComparer.Ordinal)
            .ToList();
    }

    public static PlaceLexicon Default => Embedded.Value;

    /// <summary>Province names, in ordinal order.</summary>
    public IReadOnlyList<string> Provinces { get; }

    /// <summary>Every place with its province, longest place first.</summary>
    public IReadOnlyList<(string Place, string Province)> Places { get; }

    /// <summary>The province of the longest place <paramref name="text"/> starts with; null when none.</summary>
    public string? ProvinceOf(string? text) =>
        string.IsNullOrEmpty(text) ? null : Places.FirstOrDefault(p => text.StartsWith(p.Place, StringComparison.Ordinal)).Province;

    private static PlaceLexicon LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KnowledgeGraph.Model.places.json")
            ?? throw new InvalidOperationException("The embedded places.json is missing from KnowledgeGraph.Model.");
        using var doc = JsonDocument.Parse(stream);
        var provinces = doc.RootElement.GetProperty("provinces").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(v => v.GetString()!).ToList());
        return new PlaceLexicon(provinces);
    }
}
