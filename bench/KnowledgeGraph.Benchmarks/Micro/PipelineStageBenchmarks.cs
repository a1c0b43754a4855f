using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Benchmarks.Micro;

/// <summary>Parse, extract and resolve, per seed article (the 8 articles the 5 seed files parse into).</summary>
public class PipelineStageBenchmarks
{
    private readonly DocumentParser _parser = DocumentParser.CreateDefault();
    private readonly RuleBasedExtractor _extractor = RuleBasedExtractor.CreateDefault();
    private Corpus _seeds = null!;
    private List<DocumentGraph> _graphs = null!;
    private EntityResolver _resolver = null!;
    private SqliteGraphStore _store = null!;

    [ParamsSource(nameof(Articles))]
    public int Article { get; set; }

    public static IEnumerable<int> Articles => Enumerable.Range(0, 8); // the seed corpus parses into 8 articles (455 to 12,349 chars)

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _seeds = Corpus.Load("seeds", BenchPaths.SeedCorpus);
        _graphs = [.. _seeds.Articles.Select(_extractor.Extract)];
        // The resolver looks names up in the store: an empty one, so the figure is the resolver's own work plus one query.
        _store = await Stores.OpenAsync(Path.Combine(BenchPaths.Data, "micro-resolve.db"), fresh: true);
        _resolver = new EntityResolver(_store, ContextDependentNames.LoadDefault(), KnowledgeOntology.Default, NullLogger<EntityResolver>.Instance);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public IReadOnlyList<Article> Parse() => _parser.Parse(_seeds.Documents[Article]);

    [Benchmark]
    public DocumentGraph Extract() => _extractor.Extract(_seeds.Articles[Article]);

    [Benchmark]
    public Task<Model.Graph.GraphBatch> Resolve() => _resolver.ResolveAsync([_graphs[Article]], CancellationToken.None);
}
