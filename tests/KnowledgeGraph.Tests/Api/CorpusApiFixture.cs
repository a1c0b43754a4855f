using KnowledgeGraph.GraphApi.Bootstrap;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Load;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api;

/// <summary>An API server over the graph the real ingest pipeline builds from <c>samples/corpus</c>.</summary>
public sealed class CorpusApiFixture : ApiServerFixture
{
    protected override async Task SeedAsync()
    {
        var folder = SampleCorpusSeeder.Locate("samples/corpus", AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("samples/corpus was not found above the test folder.");
        var reader = Services.GetRequiredService<InputReader>();
        var report = await Services.GetRequiredService<IngestPipeline>().IngestAsync(reader.ReadAsync([folder], CancellationToken.None));
        report.Failures.Should().BeEmpty();
    }
}
