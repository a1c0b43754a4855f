namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>Latency samples in milliseconds and their nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double milliseconds) => _samples.Add(milliseconds);

    public void AddRange(IEnumerable<double> milliseconds) => _samples.AddRange(milliseconds);

    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Mean => _samples.Count == 0 ? double.NaN : _samples.Average();
}
