using KnowledgeGraph.Ingest.Crawl.Politeness;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Tests.Crawl;

/// <summary>
/// The throttle's spacing on a fake clock: deterministic, where wall-clock gaps measured at a web server are blurred by
/// connection set-up and by whatever else the machine is doing.
/// </summary>
public sealed class HostThrottleTests
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task Request_starts_to_one_host_are_a_gap_apart_even_with_free_slots()
    {
        var clock = new FakeTimeProvider();
        var throttle = new HostThrottle(clock);
        var start = clock.GetUtcNow();
        var granted = new List<TimeSpan>();

        var waits = Enumerable.Range(0, 4)
            .Select(async _ =>
            {
                var lease = await throttle.AcquireAsync("news.example.cn", concurrency: 4, Gap, CancellationToken.None);
                lock (granted)
                {
                    granted.Add(clock.GetUtcNow() - start);
                }

                lease.Dispose();
            })
            .ToList();

        // Advance one gap at a time, and only after the request due at the current time has been let through.
        for (var due = 1; due < 4; due++)
        {
            await Until(() => Count(granted) == due);
            clock.Advance(Gap);
        }

        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(10));
        granted.Order().Should().Equal(TimeSpan.Zero, Gap, 2 * Gap, 3 * Gap);
    }

    [Fact]
    public async Task A_host_at_its_concurrency_limit_admits_the_next_request_only_when_a_lease_is_returned()
    {
        var throttle = new HostThrottle(new FakeTimeProvider());
        var first = await throttle.AcquireAsync("news.example.cn", concurrency: 1, TimeSpan.Zero, CancellationToken.None);

        var second = throttle.AcquireAsync("news.example.cn", concurrency: 1, TimeSpan.Zero, CancellationToken.None);
        await Task.Delay(50);
        second.IsCompleted.Should().BeFalse("the only slot is taken");

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Hosts_are_throttled_independently()
    {
        var clock = new FakeTimeProvider();
        var throttle = new HostThrottle(clock);
        (await throttle.AcquireAsync("a.example.cn", 1, Gap, CancellationToken.None)).Dispose();

        var other = throttle.AcquireAsync("b.example.cn", 1, Gap, CancellationToken.None);

        other.IsCompleted.Should().BeTrue("another host's gap does not delay this one");
        (await other).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_returns_its_slot()
    {
        var clock = new FakeTimeProvider();
        var throttle = new HostThrottle(clock);
        (await throttle.AcquireAsync("news.example.cn", 1, Gap, CancellationToken.None)).Dispose();
        using var cancel = new CancellationTokenSource();

        var waiting = throttle.AcquireAsync("news.example.cn", 1, Gap, cancel.Token);
        await cancel.CancelAsync();
        await FluentActions.Awaiting(() => waiting).Should().ThrowAsync<OperationCanceledException>();

        clock.Advance(Gap * 2);
        var next = throttle.AcquireAsync("news.example.cn", 1, Gap, CancellationToken.None);
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    private static int Count(List<TimeSpan> granted)
    {
        lock (granted)
        {
            return granted.Count;
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the throttle should have let the request through");
            await Task.Delay(5);
        }
    }
}
