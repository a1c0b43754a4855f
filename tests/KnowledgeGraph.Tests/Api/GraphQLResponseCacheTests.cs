using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.GraphApi.Http;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Api;

/// <summary>The response cache's own rules: what it keeps, for which version, and how much.</summary>
public sealed class GraphQLResponseCacheTests
{
    private static GraphQLResponseCache Cache(int maxBytes = 64 * 1024, int maxEntryBytes = 1024, bool enabled = true) =>
        new(Options.Create(new ApiOptions { ResponseCache = new ResponseCacheSettings { Enabled = enabled, MaxBytes = maxBytes, MaxEntryBytes = maxEntryBytes } }));

    [Fact]
    public void An_answer_is_found_only_under_the_version_it_was_read_at()
    {
        var cache = Cache();
        var key = cache.KeyOf(isGet: false, "{\"query\":\"{ stats { entities } }\"}")!;

        cache.Add(key, version: 7, [1, 2, 3], "Stats");

        cache.Lookup(key, 7)!.Body.Should().Equal(1, 2, 3);
        cache.Lookup(key, 7)!.OperationName.Should().Be("Stats");
        cache.Lookup(key, 8).Should().BeNull();
    }

    [Fact]
    public void A_newer_version_drops_the_older_answers_and_an_older_one_is_not_kept()
    {
        var cache = Cache();
        cache.Add("POST a", 1, [1], null);
        cache.Add("POST b", 2, [2], null);

        cache.Add("POST c", 1, [3], null);

        cache.Count.Should().Be(1);
        cache.Lookup("POST b", 2).Should().NotBeNull();
        cache.Lookup("POST c", 1).Should().BeNull();
    }

    [Fact]
    public void It_never_holds_more_bytes_than_allowed_nor_an_answer_larger_than_allowed()
    {
        var cache = Cache(maxBytes: 64 * 1024, maxEntryBytes: 1024);
        for (var i = 0; i < 1000; i++)
        {
            cache.Add($"POST {i:0000}", 1, new byte[1000], null);
            cache.Bytes.Should().BeLessThanOrEqualTo(64 * 1024);
            if (i == 59)
            {
                cache.Count.Should().Be(60, "60 answers of about a kilobyte fit in 64 KiB");
            }
        }

        cache.Add("POST huge", 1, new byte[1025], null);
        cache.Lookup("POST huge", 1).Should().BeNull();
    }

    [Fact]
    public void Replacing_an_answer_counts_its_bytes_once()
    {
        var cache = Cache();
        cache.Add("POST a", 1, new byte[500], null);
        cache.Add("POST a", 1, new byte[300], null);

        cache.Count.Should().Be(1);
        cache.Bytes.Should().Be((2 * "POST a".Length) + 300);
    }

    [Fact]
    public void GET_and_POST_are_apart_and_empty_huge_or_disabled_requests_get_no_key()
    {
        var cache = Cache();
        var huge = new string('x', GraphQLResponseCache.MaxKeyLength + 1);

        cache.KeyOf(isGet: true, "?query=x").Should().NotBe(cache.KeyOf(isGet: false, "?query=x"));
        cache.KeyOf(isGet: true, null).Should().BeNull();
        cache.KeyOf(isGet: false, "").Should().BeNull();
        cache.KeyOf(isGet: false, huge).Should().BeNull();
        Cache(enabled: false).KeyOf(isGet: false, "{}").Should().BeNull();
    }
}
