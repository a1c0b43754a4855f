namespace KnowledgeGraph.Benchmarks.Generate;

/// <summary>
/// Long-tailed picks: rank r of n is chosen with probability ∝ 1/(r+1) (Zipf, s = 1), by inverting the log-uniform
/// CDF. A few hubs (中国科协, a provincial 科协) are named everywhere, most bodies once or twice, as in the real corpus.
/// </summary>
public static class Zipf
{
    public static int Pick(Random rng, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var r = (int)Math.Floor(Math.Exp(rng.NextDouble() * Math.Log(n + 1))) - 1;
        return Math.Clamp(r, 0, n - 1);
    }
}
