using System.Diagnostics;
using System.Net;
using System.Text;
using KnowledgeGraph.Benchmarks.Infrastructure;

namespace KnowledgeGraph.Benchmarks.Hosting;

/// <summary>The outcome of one load run: completed requests, non-2xx answers, throughput and latency percentiles.</summary>
public sealed record LoadResult(int Requests, int Errors, double Seconds, Latencies Latencies)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// A closed-loop load generator on loopback: <c>concurrency</c> workers each send a request, wait for the whole answer,
/// and send the next, until the request budget or the time budget is spent, whichever comes first. It only ever
/// talks to the URI it is given (the harness passes 127.0.0.1).
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri target, Func<int, HttpContent?> body, int concurrency, TimeSpan duration, int maxRequests)
    {
        if (!IPAddress.IsLoopback(IPAddress.Parse(target.Host)))
        {
            throw new ArgumentException("The load generator only targets loopback addresses.", nameof(target));
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var issued = 0;
        var errors = 0;
        var samples = new List<double>[concurrency];
        var sw = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = samples[w] = [];
            int n;
            while ((n = Interlocked.Increment(ref issued)) <= maxRequests && sw.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var content = body(n);
                using var request = new HttpRequestMessage(content is null ? HttpMethod.Get : HttpMethod.Post, target) { Content = content };
                using var response = await client.SendAsync(request);
                await response.Content.CopyToAsync(Stream.Null);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = sw.Elapsed.TotalSeconds;
        var latencies = new Latencies();
        foreach (var s in samples)
        {
            latencies.AddRange(s);
        }

        return new LoadResult(latencies.Count, errors, seconds, latencies);
    }

    public static HttpContent GraphQL(string query, string variablesJson) =>
        new StringContent($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variablesJson}}}""", Encoding.UTF8, "application/json");
}
