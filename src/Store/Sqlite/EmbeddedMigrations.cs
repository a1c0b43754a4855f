using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>The ordered migration scripts embedded from Migrations/NNN_name.sql.</summary>
internal static partial class EmbeddedMigrations
{
    private const string ResourcePrefix = "KnowledgeGraph.Store.Sqlite.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(Load);

    public static IReadOnlyList<Migration> All => Loaded.Value;

    public static int LatestVersion => All[^1].Version;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();

        // A gap or a duplicate number would silently skip or double-apply a step on some databases.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Store migrations must be numbered 001, 002, … without gaps; found {migrations[i].Name} at position {i + 1}.");
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No store migrations are embedded in KnowledgeGraph.Store.");
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Store migration '{fileName}' is not named NNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), fileName, reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(\d{3})_[A-Za-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
