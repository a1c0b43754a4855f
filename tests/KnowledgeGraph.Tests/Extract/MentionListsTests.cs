using FluentAssertions;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Model.Ontology;
using Xunit;

namespace KnowledgeGraph.Tests.Extract;

public class MentionListsTests
{
    private static Mention At(string text, int start) => new(EntityTypes.Organization, text, 0, start, start + text.Length);

    [Fact]
    public void Longest_spans_come_first_then_earlier_ones_and_equal_spans_keep_the_order_they_were_found_in()
    {
        var knownBody = At("中国科协", 4);
        var suffixMatch = At("中国科协", 4); // the same span found again by another rule: must stay second
        var shortEarly = At("科协", 0);
        var shortLate = At("学会", 10);
        var longest = At("广东省科学技术协会", 12);

        var sorted = MentionLists.StableSorted([shortLate, knownBody, shortEarly, suffixMatch, longest], MentionLists.LongestThenEarliest);

        sorted.Should().Equal(longest, knownBody, suffixMatch, shortEarly, shortLate);
        sorted.IndexOf(knownBody).Should().BeLessThan(sorted.IndexOf(suffixMatch));
    }

    [Fact]
    public void Sorting_keeps_every_mention_of_a_long_list_in_the_order_linq_gives()
    {
        var random = new Random(7);
        var mentions = Enumerable.Range(0, 500).Select(i => At(new string('会', random.Next(1, 6)), random.Next(0, 40))).ToList();

        var sorted = MentionLists.StableSorted(mentions, MentionLists.LongestThenEarliest);

        sorted.Should().Equal(mentions.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start), ReferenceEquals);
    }

    [Fact]
    public void A_mention_overlaps_a_list_only_where_the_spans_share_a_character()
    {
        List<Mention> list = [At("中国科协", 0), At("学会", 10)];

        MentionLists.AnyOverlaps(list, At("科协主席", 2)).Should().BeTrue();
        MentionLists.AnyOverlaps(list, At("主席", 4)).Should().BeFalse("touching at the end is no overlap");
        MentionLists.AnyOverlaps([], At("主席", 4)).Should().BeFalse();
    }

    [Fact]
    public void A_same_span_is_one_with_both_ends_equal_whatever_the_text()
    {
        List<Mention> list = [At("中国科协", 0)];

        MentionLists.AnySameSpan(list, At("某某某某", 0)).Should().BeTrue();
        MentionLists.AnySameSpan(list, At("中国", 0)).Should().BeFalse("a prefix is not the same span");
        MentionLists.AnySameSpan(list, At("国科协主", 1)).Should().BeFalse("an overlap is not the same span");
    }

    [Fact]
    public void A_mention_inside_a_longer_one_or_on_its_span_is_covered_but_an_overlap_is_not()
    {
        List<Mention> list = [At("中国科学技术协会", 0)];

        MentionLists.AnyContainsOrSameSpan(list, At("科学技术", 2)).Should().BeTrue();
        MentionLists.AnyContainsOrSameSpan(list, At("某某某某某某某某", 0)).Should().BeTrue("the same span");
        MentionLists.AnyContainsOrSameSpan(list, At("协会主席", 6)).Should().BeFalse("it runs past the end");
    }
}
