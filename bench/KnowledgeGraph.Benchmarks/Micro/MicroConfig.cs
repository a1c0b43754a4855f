using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KnowledgeGraph.Benchmarks.Micro;

/// <summary>
/// In-process runs (no generated project rebuilt per benchmark: on 2 cores that alone would take minutes), a short
/// job (3 warm-ups, 10 measured iterations) and allocations per operation. Artifacts go to bench/.data/micro.
/// </summary>
public static class MicroConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(Path.Combine(Infrastructure.BenchPaths.Data, "micro"))
        .WithOptions(ConfigOptions.JoinSummary);
}
