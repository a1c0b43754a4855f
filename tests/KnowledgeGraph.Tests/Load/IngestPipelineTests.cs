using System.Text;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Curation;
using KnowledgeGraph.Tests.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Load;

/// <summary>The pipeline over a real store: the next batch is extracted while one is written, and writes stay in order.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private const int BatchSize = 2;

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-pipeline-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_next_batch_is_extracted_while_a_batch_is_being_written()
    {
        var (pipeline, store, extractor) = Build();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.WriteGate = gate.Task;

        var ingest = Task.Run(() => pipeline.IngestAsync(Inputs(5)));
        var secondBatchExtracted = SpinWait.SpinUntil(() => extractor.Calls >= 2 * BatchSize, TimeSpan.FromSeconds(30));
        var firstWriteStillHeld = !gate.Task.IsCompleted;
        gate.SetResult();
        var report = await ingest;

        secondBatchExtracted.Should().BeTrue("extraction of the second batch does not wait for the first batch's write");
        firstWriteStillHeld.Should().BeTrue();
        report.Documents.Should().Be(5);
        report.Failures.Should().BeEmpty();
        (await store.GetStatsAsync()).Articles.Should().Be(5);
    }

    [Fact]
    public async Task A_body_named_in_every_batch_gets_one_id_because_each_batch_is_resolved_after_the_one_before_is_stored()
    {
        var (pipeline, store, _) = Build();

        var report = await pipeline.IngestAsync(Inputs(7));

        report.Documents.Should().Be(7);
        var found = await store.FindByNamesAsync(["湖南省科学技术协会"]);
        found.Should().ContainSingle("seven articles in four batches name the same association");
    }

    private (IngestPipeline Pipeline, SlowGraphStore Store, CountingExtractor Extractor) Build()
    {
        var path = Path.Combine(_folder, "graph.db");
        var store = new SlowGraphStore(new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path })));
        var extractor = new CountingExtractor(RuleBasedExtractor.CreateDefault());
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingest:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddIngestPipeline(configuration)
            .AddSingleton<IGraphStore>(store)
            .AddSingleton<IExtractor>(extractor)
            .AddSingleton<IDecisionLog>(new SqliteDecisionLog(Options.Create(new SqliteStoreOptions { Path = path })))
            .BuildServiceProvider();
        return (services.GetRequiredService<IngestPipeline>(), store, extractor);
    }

    private static async IAsyncEnumerable<FetchOutcome> Inputs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            var text = $"湖南省科学技术协会（湖南省科协）第{i + 1}次常委会议在长沙召开。湖南省科协主席李明出席会议。";
            var origin = $"test://pipeline/{i}.txt";
            yield return FetchOutcome.Success(origin, new RawDocument(origin, $"{i}.txt", Encoding.UTF8.GetBytes(text), "text/plain"));
        }
    }

    private sealed class CountingExtractor(IExtractor inner) : IExtractor
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public DocumentGraph Extract(Article article)
        {
            Interlocked.Increment(ref _calls);
            return inner.Extract(article);
        }
    }
}
