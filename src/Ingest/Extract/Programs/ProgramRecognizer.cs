using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Programs;

/// <summary>
/// Finds named programmes (rule 7): a title in 《》 or a quoted name ending in a programme suffix (计划, 工程, 协议,
/// 纲要, 倡议书 …), a known brand (科创中国), or an unquoted programme name with a proper-name prefix. Policy
/// documents (意见, 通知), reports and books do not end in a programme suffix and are skipped.
/// </summary>
public sealed class ProgramRecognizer(Lexicon lexicon)
{
    private readonly NameBoundary boundary = new(lexicon);

    public List<Mention> Recognize(Sentence sentence, CharTrie<bool>? documentAnchors)
    {
        var s = sentence.Text;
        var found = new List<Mention>();

        // quoted and titled names
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is not ('《' or '“'))
            {
                continue;
            }

            var close = s.IndexOf(s[i] == '《' ? '》' : '”', i + 1);
            if (close < 0 || close - i > 60)
            {
                continue;
            }

            var inner = s[(i + 1)..close];
            var bare = TrimTrailingBracket(inner);
            var end = close + 1;
            if (lexicon.BoundaryWords.LongestAt(inner, 0, out _) > 0 || inner.StartsWith('要'))
            {
                continue; // a quoted clause (“要继续推动实施…计划”), not a name
            }

            if (lexicon.KnownPrograms.TryGet(inner, out _) || EndsWithProgramSuffix(bare))
            {
                var m = new Mention(EntityTypes.Program, inner, sentence.Index, i, end) { IsInstrument = EndsWithInstrument(bare) };
                found.Add(m);
            }
        }

        for (var i = 0; i < s.Length; i++)
        {
            var known = lexicon.KnownPrograms.LongestAt(s, i, out var entry);
            if (known > 0 && !found.Any(f => f.Start <= i && i < f.End))
            {
                var m = new Mention(EntityTypes.Program, entry.Name, sentence.Index, i, i + known);
                found.Add(m);
            }

            var len = lexicon.ProgramSuffixes.LongestAt(s, i, out _);
            if (len == 0 || found.Any(f => f.Start <= i && i < f.End))
            {
                continue;
            }

            var end = i + len;
            if (end < s.Length && Chars.IsCjk(s[end]) && lexicon.ProgramSuffixes.LongestAt(s, end, out _) == 0 && !"等和与及的是在已为将中".Contains(s[end]))
            {
                continue; // 计划单列, 工程技术: the suffix runs on into another word
            }

            if (string.CompareOrdinal(s, i, "倡议", 0, 2) == 0 && len == 2 && end < s.Length && s[end] is '和' or '下' or '并')
            {
                continue; // 在X倡议和支持下成立: a body's initiative, not a named one
            }

            var result = boundary.FindStart(s, i, 0, lexicon.EventBoundaryWords, eventNames: false, documentAnchors);
            if (result.Start < 0 || !result.Anchored || i - result.Start < 2)
            {
                continue;
            }

            var text = s[result.Start..end];
            found.Add(new Mention(EntityTypes.Program, text, sentence.Index, result.Start, end) { IsInstrument = EndsWithInstrument(text) });
        }

        var kept = new List<Mention>();
        foreach (var m in MentionLists.StableSorted(found, MentionLists.LongestThenEarliest)) // stable: equal spans keep the order found
        {
            if (!MentionLists.AnyOverlaps(kept, m))
            {
                kept.Add(m);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private bool EndsWithProgramSuffix(string name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (lexicon.ProgramSuffixes.LongestAt(name, k, out _) == name.Length - k)
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithInstrument(string name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (lexicon.InstrumentSuffixes.LongestAt(name, k, out _) == name.Length - k)
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimTrailingBracket(string name)
    {
        var t = name.TrimEnd();
        if (t.Length > 0 && Chars.IsCloseBracket(t[^1]))
        {
            var open = t.LastIndexOfAny(['(', '（']);
            if (open > 0)
            {
                return t[..open];
            }
        }

        return t;
    }
}
