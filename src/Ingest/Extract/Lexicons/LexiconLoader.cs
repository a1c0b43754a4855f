using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Lexicons;

/// <summary>
/// Reads the lexicon folder (TSV and word-list files, <c>#</c> starts a comment line) into a <see cref="Lexicon"/>.
/// Fails with the file and line of the first problem so that an analyst editing the data can fix it.
/// </summary>
public static class LexiconLoader
{
    private static readonly HashSet<string> Kinds =
    [
        OrganizationKinds.Association, OrganizationKinds.Society, OrganizationKinds.OverseasSociety,
        OrganizationKinds.InternationalOrganization, OrganizationKinds.ForeignOrganization, OrganizationKinds.Alliance,
        OrganizationKinds.Government, OrganizationKinds.Enterprise, OrganizationKinds.University,
        OrganizationKinds.ResearchInstitute, OrganizationKinds.Platform, OrganizationKinds.Media,
        OrganizationKinds.Department, OrganizationKinds.Other, "Venue",
    ];

    public static Lexicon Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new LexiconFormatException($"Lexicon folder not found: {directory}");
        }

        var places = new CharTrie<PlaceLevel>();
        foreach (var (cols, where) in Rows(directory, "places.tsv", 2))
        {
            places.Add(cols[0], ParseEnum<PlaceLevel>(cols[1], where));
        }

        var suffixes = new CharTrie<OrgSuffix>();
        foreach (var (cols, where) in Rows(directory, "org_suffixes.tsv", 3))
        {
            var kind = CheckKind(cols[1], where);
            suffixes.Add(cols[0], new OrgSuffix(cols[0], kind, ParseEnum<SuffixStrength>(cols[2], where)));
        }

        var known = new CharTrie<KnownOrganization>();
        foreach (var (cols, where) in Rows(directory, "known_organizations.tsv", 2))
        {
            var aliases = cols.Length > 2 ? SplitAliases(cols[2]) : [];
            var entry = new KnownOrganization(cols[0], CheckKind(cols[1], where), aliases);
            known.Add(entry.Name, entry);
            foreach (var a in aliases)
            {
                known.Add(a, entry);
            }
        }

        var titles = new CharTrie<bool>();
        var bylines = new CharTrie<bool>();
        foreach (var (word, _) in Words(directory, "titles.txt"))
        {
            if (word.StartsWith('!'))
            {
                bylines.Add(word[1..], true);
            }
            else
            {
                titles.Add(word, true);
            }
        }

        var single = new HashSet<string>(StringComparer.Ordinal);
        var compound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, where) in Words(directory, "surnames.txt"))
        {
            if (word.Length > 2)
            {
                throw new LexiconFormatException($"{where}: a surname has one or two characters, got '{word}'");
            }

            (word.Length == 1 ? single : compound).Add(word);
        }

        var events = new CharTrie<string>();
        var governingOrgans = new CharTrie<bool>();
        foreach (var (cols, where) in Rows(directory, "event_suffixes.tsv", 2))
        {
            if (cols[1] is not ("governance" or "founding" or "plain" or "weak" or "ceremony"))
            {
                throw new LexiconFormatException($"{where}: flag must be governance, founding, plain, weak or ceremony, got '{cols[1]}'");
            }

            events.Add(cols[0], cols[1]);
            if (cols[1] == "governance")
            {
                governingOrgans.Add(cols[0].TrimStart('次'), true); // 次理事会 → 理事会: the organ, wherever its sitting is named
            }
        }

        var programs = new CharTrie<bool>();
        var instruments = new CharTrie<bool>();
        foreach (var (cols, where) in Rows(directory, "program_suffixes.tsv", 2))
        {
            programs.Add(cols[0], true);
            if (cols[1] == "yes")
            {
                instruments.Add(cols[0], true);
            }
            else if (cols[1] != "no")
            {
                throw new LexiconFormatException($"{where}: instrument must be yes or no, got '{cols[1]}'");
            }
        }

        var knownPrograms = new CharTrie<KnownProgram>();
        foreach (var (cols, _) in Rows(directory, "program_names.tsv", 1))
        {
            var p = new KnownProgram(cols[0], cols.Length > 1 ? SplitAliases(cols[1]) : []);
            knownPrograms.Add(p.Name, p);
        }

        var triggers = new List<Trigger>();
        foreach (var (cols, where) in Rows(directory, "triggers.tsv", 4))
        {
            if (!double.TryParse(cols[3], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var conf) || conf is < 0 or > 1)
            {
                throw new LexiconFormatException($"{where}: confidence must be a number in 0..1, got '{cols[3]}'");
            }

            triggers.Add(new Trigger(cols[0], cols[1], cols[2] == "-" ? null : cols[2], conf));
        }

        var selfReferences = new CharTrie<IReadOnlyList<string>>();
        foreach (var (cols, _) in Rows(directory, "self_references.tsv", 2))
        {
            selfReferences.Add(cols[0], SplitAliases(cols[1]));
        }

        var abbreviations = Rows(directory, "abbreviations.tsv", 2).Select(r => new Abbreviation(r.Cols[0], r.Cols[1])).ToList();

        var markers = Rows(directory, "kind_markers.tsv", 2)
            .Select(r => (Word: r.Cols[0], Group: r.Cols[1] is "overseas" or "international" or "regional"
                ? r.Cols[1]
                : throw new LexiconFormatException($"{r.Where}: group must be overseas, international or regional, got '{r.Cols[1]}'")))
            .ToList();
        List<string> Group(string name) => [.. markers.Where(m => m.Group == name).Select(m => m.Word)];

        return new Lexicon
        {
            Places = places,
            OrgSuffixes = suffixes,
            KnownOrganizations = known,
            Titles = titles,
            BylineTitles = bylines,
            TitleModifiers = WordTrie(directory, "title_modifiers.txt"),
            PlaceAbbreviations = WordTrie(directory, "place_abbreviations.txt"),
            ChainQualifiers = WordTrie(directory, "chain_qualifiers.txt"),
            PersonDescriptors = WordTrie(directory, "person_descriptors.txt"),
            SingleSurnames = single,
            CompoundSurnames = compound,
            BoundaryWords = WordTrie(directory, "boundary_words.txt"),
            BoundaryExceptions = WordTrie(directory, "boundary_exceptions.txt"),
            EventBoundaryWords = WordTrie(directory, "event_boundary_words.txt"),
            GenericHeads = WordTrie(directory, "generic_heads.txt"),
            EventSuffixes = events,
            GoverningOrgans = governingOrgans,
            ProgramSuffixes = programs,
            InstrumentSuffixes = instruments,
            KnownPrograms = knownPrograms,
            Triggers = triggers,
            Abbreviations = abbreviations,
            SuffixBlockers = WordTrie(directory, "suffix_blockers.txt"),
            BlockerExceptions = WordTrie(directory, "blocker_exceptions.txt"),
            OverseasPrefixes = WordTrie(directory, "overseas_prefixes.txt"),
            NationalPrefixes = WordTrie(directory, "national_prefixes.txt"),
            CategorySuffixes = WordTrie(directory, "category_suffixes.txt"),
            TradeWords = WordTrie(directory, "trade_words.txt"),
            KindMarkers = new KindMarkers(Group("overseas"), Group("international"), Group("regional")),
            InstrumentWords = [.. Words(directory, "instrument_words.txt").Select(w => w.Word)],
            NameFollowers = WordTrie(directory, "name_followers.txt"),
            NonNames = WordTrie(directory, "non_names.txt"),
            SelfReferences = selfReferences,
        };
    }

    private static IReadOnlyList<string> SplitAliases(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string CheckKind(string kind, string where) =>
        Kinds.Contains(kind) ? kind : throw new LexiconFormatException($"{where}: unknown organisation kind '{kind}'");

    private static T ParseEnum<T>(string value, string where)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed)
            ? parsed
            : throw new LexiconFormatException($"{where}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}");

    private static CharTrie<bool> WordTrie(string directory, string file)
    {
        var trie = new CharTrie<bool>();
        foreach (var (word, _) in Words(directory, file))
        {
            trie.Add(word, true);
        }

        return trie;
    }

    private static IEnumerable<(string Word, string Where)> Words(string directory, string file)
    {
        foreach (var (line, where) in Lines(directory, file))
        {
            if (line.Contains('\t'))
            {
                throw new LexiconFormatException($"{where}: one word per line expected, found a tab");
            }

            yield return (line, where);
        }
    }

    private static List<(string[] Cols, string Where)> Rows(string directory, string file, int minColumns)
    {
        var rows = new List<(string[], string)>();
        foreach (var (line, where) in Lines(directory, file))
        {
            var cols = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cols.Length < minColumns || cols.Take(minColumns).Any(string.IsNullOrEmpty))
            {
                throw new LexiconFormatException($"{where}: expected {minColumns} tab-separated columns, got '{line}'");
            }

            rows.Add((cols, where));
        }

        return rows;
    }

    private static IEnumerable<(string Line, string Where)> Lines(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new LexiconFormatException($"Lexicon file missing: {path}");
        }

        var n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return (line.Trim(), $"{file}:{n}");
        }
    }
}
