using System.Diagnostics;
using System.Runtime;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// Runs a workload until tiered compilation has settled, so the timed run measures the steady state a long-running
/// server is in. A fixed warm-up was not enough for the GraphQL path: it touches thousands of methods, and a profile
/// 4–14 s into the timed run still had 15 % of the samples on the tier-1 JIT thread (the trivial endpoint, with far
/// fewer methods, had settled) — which charged the lookup for compiling, not for answering.
/// </summary>
public static class WarmUp
{
    // Fewer methods than this compiled in one more second of the workload counts as settled.
    private const long SettledBelow = 10;

    public static async Task UntilJitSettlesAsync(string workload, string name, Func<TimeSpan, Task> runFor, TimeSpan minimum, TimeSpan cap)
    {
        var total = Stopwatch.StartNew();
        await runFor(minimum);
        var before = JitInfo.GetCompiledMethodCount();
        var settled = false;
        while (!settled && total.Elapsed < cap)
        {
            await runFor(TimeSpan.FromSeconds(1));
            var now = JitInfo.GetCompiledMethodCount();
            settled = now - before < SettledBelow;
            before = now;
        }

        Report.Note(workload, $"{name}: warmed up for {total.Elapsed.TotalSeconds:0.0} s ({(settled ? "JIT settled" : "JIT still compiling at the cap")}, {before} methods compiled)");
    }
}
