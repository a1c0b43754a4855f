using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.EndToEnd;

/// <summary>The ingest verb through the real process: idempotent writes, and bad inputs that fail clearly and lose nothing.</summary>
public sealed class IngestCliTests : IDisposable
{
    private const string GoodNews = """
        湖南省科协举办2025年湖南科技工作者大会

        本报讯 5月30日，由湖南省科协主办、湖南省科技馆承办的2025年湖南科技工作者大会在长沙举行。湖南省科协党组书记、副主席李明出席并致辞。
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-cli-").FullName;

    private string StorePath => Path.Combine(_folder, "graph.db");

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int Articles, int Entities, int Relations)> CountsAsync()
    {
        var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = StorePath }));
        var stats = await store.GetStatsAsync();
        return (stats.Articles, stats.Entities, stats.Relations);
    }

    [Fact]
    public async Task Ingesting_the_same_file_twice_changes_nothing()
    {
        var news = Write("hunan.txt", Encoding.UTF8.GetBytes(GoodNews));

        (await IngestCli.RunAsync(StorePath, "ingest", news)).ExitCode.Should().Be(0);
        var first = await CountsAsync();
        (await IngestCli.RunAsync(StorePath, "ingest", news)).ExitCode.Should().Be(0);

        first.Articles.Should().Be(1);
        first.Entities.Should().BePositive();
        (await CountsAsync()).Should().Be(first);
    }

    [Fact]
    public async Task Bad_inputs_are_reported_one_by_one_and_lose_nothing_already_stored()
    {
        var news = Write("hunan.txt", Encoding.UTF8.GetBytes(GoodNews));
        (await IngestCli.RunAsync(StorePath, "ingest", news)).ExitCode.Should().Be(0);
        var before = await CountsAsync();

        var empty = Write("empty.txt", []);
        var binary = Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var broken = Write("broken.html", Encoding.UTF8.GetBytes("<html><body><div><p>江西省科协召开全委会议。<div><span>未闭合"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var oddCharset = Write("odd-charset.html", Encoding.GetEncoding("GB18030").GetBytes(
            "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>福建省科协与台湾科技团体签署合作备忘录。</p></body></html>"));

        var run = await IngestCli.RunAsync(StorePath, "ingest", empty, binary, broken, oddCharset, Path.Combine(_folder, "missing.txt"));

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("empty.txt").And.Contain("empty");
        run.Stderr.Should().Contain("photo.txt").And.Contain("binary");
        run.Stderr.Should().Contain("missing.txt").And.Contain("no such file");
        run.Stdout.Should().Contain("3 failed");

        var after = await CountsAsync();
        after.Articles.Should().Be(before.Articles + 2, "the broken HTML and the page with an unknown charset still hold text");
        after.Entities.Should().BeGreaterThanOrEqualTo(before.Entities);

        var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = StorePath }));
        var articles = await store.GetArticlesAsync([Ids.Article(Path.GetFullPath(oddCharset), 0), Ids.Article(Path.GetFullPath(news), 0)]);
        articles.Should().HaveCount(2);
        articles.Should().Contain(a => a.Text.Contains("福建省科协与台湾科技团体签署合作备忘录"));
    }

    [Fact]
    public async Task Extract_prints_gold_format_json_per_input_file()
    {
        var news = Write("h001.txt", Encoding.UTF8.GetBytes(GoodNews));

        var run = await IngestCli.RunAsync(StorePath, "extract", news, "--json");

        run.ExitCode.Should().Be(0, run.Stderr);
        var docs = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement;
        docs.GetArrayLength().Should().Be(1);
        docs[0].GetProperty("doc").GetString().Should().Be("h001");
        run.Stdout.Should().Contain("湖南省科协").And.NotContain("\\u");
        File.Exists(StorePath).Should().BeFalse("extract never touches the store");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
