using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class LexiconAndSplitterTests
{
    [Theory]
    [InlineData("org_suffixes.tsv", "研究基地\tNotAKind\tstrong\n", "*org_suffixes.tsv:*NotAKind*")]
    [InlineData("kind_markers.tsv", "侨联\tdiaspora\n", "*kind_markers.tsv:*diaspora*")]
    public void Malformed_lexicon_file_is_reported_with_file_and_line(string file, string badLine, string message)
    {
        var dir = Directory.CreateTempSubdirectory("lex");
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Lexicons")))
            {
                File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            }

            File.AppendAllText(Path.Combine(dir.FullName, file), badLine);

            var act = () => RuleBasedExtractor.CreateDefault(dir.FullName);

            act.Should().Throw<LexiconFormatException>().WithMessage(message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_lexicon_file_is_reported()
    {
        var dir = Directory.CreateTempSubdirectory("lex");
        try
        {
            var act = () => RuleBasedExtractor.CreateDefault(dir.FullName);

            act.Should().Throw<LexiconFormatException>().WithMessage("*missing*");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Wrapped_line_inside_a_long_sentence_is_joined_and_offsets_point_into_the_article()
    {
        var text = "近年来，这一平台持续完善服务体系，积极推动区域交流，并与宁夏回族自治区科学技术协\n\n会开展了多项合作。";

        var sentences = SentenceSplitter.Split(text);

        sentences.Should().ContainSingle();
        var s = sentences[0];
        var at = s.Text.IndexOf("科学技术协会", StringComparison.Ordinal);
        at.Should().BeGreaterThan(0);
        text[s.ArticleOffset(at)].Should().Be('科');
    }

    [Fact]
    public void Merger_unifies_entities_sharing_a_form_and_keeps_the_strongest_role()
    {
        var a1 = new Article("a1", "doc", "x");
        var a2 = new Article("a2", "doc", "y");
        var g1 = new DocumentGraph(a1,
            [new ExtractedEntity(EntityTypes.Organization, "中国科协") { Kind = OrganizationKinds.Association }, new ExtractedEntity(EntityTypes.Event, "年会")],
            [new ExtractedRelation(RelationTypes.Organized, "中国科协", "年会") { Properties = new Dictionary<string, string> { ["role"] = "support" } }]);
        var g2 = new DocumentGraph(a2,
            [new ExtractedEntity(EntityTypes.Organization, "中国科学技术协会") { Aliases = ["中国科协"] }, new ExtractedEntity(EntityTypes.Event, "年会")],
            [new ExtractedRelation(RelationTypes.Organized, "中国科学技术协会", "年会") { Properties = new Dictionary<string, string> { ["role"] = "host" } }]);

        var merged = DocumentGraphMerger.Merge("doc", [g1, g2]);

        merged.Entities.Where(e => e.Type == EntityTypes.Organization).Should().ContainSingle().Which.Name.Should().Be("中国科学技术协会");
        merged.Relations.Should().ContainSingle().Which.Properties["role"].Should().Be("host");
    }
    [Fact]
    public void A_trie_skips_to_where_a_word_can_start_and_sees_words_added_later()
    {
        var trie = new KnowledgeGraph.Ingest.Extract.Text.CharTrie<bool>();
        trie.Add("主办", true);

        trie.NextStart("由省科协主办", 0).Should().Be(4);
        trie.NextStart("由省科协主办", 5).Should().Be(-1);
        trie.NextStart("由省科协主办", 6).Should().Be(-1);

        trie.Add("科协", true);
        trie.NextStart("由省科协主办", 0).Should().Be(2, "a word added after the first scan is found too");
    }

    [Fact]
    public void A_trie_finds_the_longest_word_at_a_position_and_nothing_where_no_word_starts()
    {
        var trie = new KnowledgeGraph.Ingest.Extract.Text.CharTrie<int>();
        trie.LongestAt("中国科协", 0, out _).Should().Be(0, "an empty trie holds no word");

        trie.Add("中国", 1);
        trie.Add("中国科协", 2);

        trie.LongestAt("中国科协主席", 0, out var value).Should().Be(4);
        value.Should().Be(2);
        trie.LongestAt("中国科协主席", 0, 3, out value).Should().Be(2, "at most three characters may be read");
        value.Should().Be(1);
        trie.LongestAt("在中国", 0, out _).Should().Be(0, "no word starts with 在");
        trie.LongestAt("在中国", 1, out _).Should().Be(2);
        trie.LongestAt("在中国", 3, out _).Should().Be(0, "past the end");
        trie.LongestAt("中", 0, out _).Should().Be(0, "a prefix of a word is no word");

        trie.Add("在", 3);
        trie.LongestAt("在中国", 0, out value).Should().Be(1, "a word added after the first probe is found too");
        value.Should().Be(3);
    }

    [Fact]
    public void A_char_set_holds_exactly_the_characters_added_across_the_whole_range()
    {
        var set = KnowledgeGraph.Ingest.Extract.Text.CharSet.Of(['王', 'a', '\0', '\uffff']);

        set.Contains('王').Should().BeTrue();
        set.Contains('a').Should().BeTrue();
        set.Contains('\0').Should().BeTrue();
        set.Contains('\uffff').Should().BeTrue();
        set.Contains('玉').Should().BeFalse();
        set.Contains('b').Should().BeFalse();
        set.Contains('\ufffe').Should().BeFalse();
        set.Contains((char)('王' + 64)).Should().BeFalse("another character in the same word of bits");
    }
}
