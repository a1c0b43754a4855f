using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// Every figure a run measures: printed as a readable line and appended as JSON to bench/.data/results/results.jsonl,
/// so RESULTS.md can quote numbers that a command produced, with that command beside them.
/// </summary>
public static class Report
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Figure(string workload, string name, double value, string unit, IReadOnlyDictionary<string, object?>? detail = null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{workload}] {name} = {value:0.###} {unit}"));
        var line = new Dictionary<string, object?>
        {
            ["at"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            ["workload"] = workload,
            ["name"] = name,
            ["value"] = Math.Round(value, 4),
            ["unit"] = unit,
            ["command"] = Environment.CommandLine,

            // The machine is shared: the 1-minute load average says how much else was running while this was measured.
            ["loadAverage"] = LoadAverage(),
        };
        if (detail is not null)
        {
            foreach (var (k, v) in detail)
            {
                line[k] = v;
            }
        }

        File.AppendAllText(Path.Combine(BenchPaths.Results, "results.jsonl"), JsonSerializer.Serialize(line, Json) + "\n");
    }

    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;

    public static void Note(string workload, string text) => Console.WriteLine($"[{workload}] {text}");
}
