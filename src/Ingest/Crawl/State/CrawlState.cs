using System.Globalization;
using KnowledgeGraph.Ingest.Crawl.Links;
using KnowledgeGraph.Ingest.Fetch;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>
/// The crawler's memory in its own SQLite file: frontier, seen URLs with validators and hashes, syndicated sources of
/// articles, per-source cursors. Each call is one statement or transaction on one connection, so the file is consistent
/// whenever the process stops; calls are serialised (the crawler's writes are tiny next to its fetches).
/// </summary>
public sealed class CrawlState : IAsyncDisposable
{
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;

    public CrawlState(IOptions<CrawlOptions> options, TimeProvider time)
    {
        _path = System.IO.Path.GetFullPath(options.Value.StatePath);
        _time = time;
    }

    public string Path => _path;

    public Task<bool> EnqueueAsync(string source, Uri url, LinkKind kind, string? referrer, CancellationToken ct) =>
        RunAsync(async c => await ExecuteAsync(c, "INSERT OR IGNORE INTO frontier (source, url, kind, referrer) VALUES ($s, $u, $k, $r)", ct,
            ("$s", source), ("$u", url.AbsoluteUri), ("$k", kind.ToString()), ("$r", referrer)) > 0, ct);

    public Task<IReadOnlyList<FrontierItem>> TakePendingAsync(string source, int limit, CancellationToken ct) =>
        RunAsync<IReadOnlyList<FrontierItem>>(async c =>
        {
            await using var command = Command(c, "SELECT id, url, kind, referrer FROM frontier WHERE source = $s AND done = 0 ORDER BY id LIMIT $n", ("$s", source), ("$n", limit));
            await using var reader = await command.ExecuteReaderAsync(ct);
            var items = new List<FrontierItem>();
            while (await reader.ReadAsync(ct))
            {
                items.Add(new FrontierItem(reader.GetInt64(0), source, new Uri(reader.GetString(1)), Enum.Parse<LinkKind>(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }

            return items;
        }, ct);

    public Task MarkDoneAsync(FrontierItem item, CancellationToken ct) =>
        RunAsync(c => ExecuteAsync(c, "UPDATE frontier SET done = 1 WHERE id = $id", ct, ("$id", item.Id)), ct);

    /// <summary>(done, pending) rows of the source's current run; both 0 when no run is under way.</summary>
    public Task<(int Done, int Pending)> FrontierCountsAsync(string source, CancellationToken ct) =>
        RunAsync(async c =>
        {
            await using var command = Command(c, "SELECT COALESCE(SUM(done), 0), COALESCE(SUM(1 - done), 0) FROM frontier WHERE source = $s", ("$s", source));
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.GetInt32(0), reader.GetInt32(1));
        }, ct);

    public Task ClearFrontierAsync(string source, CancellationToken ct) =>
        RunAsync(c => ExecuteAsync(c, "DELETE FROM frontier WHERE source = $s", ct, ("$s", source)), ct);

    public Task<PageRecord?> GetPageAsync(Uri url, CancellationToken ct) =>
        RunAsync(async c =>
        {
            await using var command = Command(c, """
                SELECT url, source, kind, status, http_status, etag, last_modified, content_hash, article_id, referrer, last_error, failures, checked_at, changed_at
                FROM pages WHERE url = $u
                """, ("$u", url.AbsoluteUri));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadPage(reader) : null;
        }, ct);

    /// <summary>Writes the page's row whole (the caller starts from the previous record, so nothing known is lost).</summary>
    public Task SavePageAsync(PageRecord page, CancellationToken ct) =>
        RunAsync(c => ExecuteAsync(c, """
            INSERT INTO pages (url, source, kind, status, http_status, etag, last_modified, content_hash, article_id, referrer, last_error, failures, attempted_at, checked_at, changed_at)
            VALUES ($u, $s, $k, $st, $h, $e, $lm, $ch, $a, $r, $err, $f, $now, $c, $chg)
            ON CONFLICT (url) DO UPDATE SET source = $s, kind = $k, status = $st, http_status = $h, etag = $e, last_modified = $lm,
                content_hash = $ch, article_id = $a, referrer = COALESCE($r, referrer), last_error = $err, failures = $f,
                attempted_at = $now, checked_at = $c, changed_at = $chg
            """, ct,
            ("$u", page.Url), ("$s", page.Source), ("$k", page.Kind), ("$st", page.Status), ("$h", page.HttpStatus),
            ("$e", page.Validators?.ETag), ("$lm", page.Validators?.LastModified), ("$ch", page.ContentHash), ("$a", page.ArticleId),
            ("$r", page.Referrer), ("$err", page.LastError), ("$f", page.Failures), ("$now", Stamp(_time.GetUtcNow())),
            ("$c", Stamp(page.CheckedAt)), ("$chg", Stamp(page.ChangedAt))), ct);

    /// <summary>The article whose text has this fingerprint, and the URL it was first stored from.</summary>
    public Task<(string ArticleId, string Url)?> FindByFingerprintAsync(string fingerprint, CancellationToken ct) =>
        RunAsync<(string, string)?>(async c =>
        {
            await using var command = Command(c, "SELECT article_id, url FROM content_hashes WHERE fingerprint = $f", ("$f", fingerprint));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
        }, ct);

    /// <summary>Records that the text with <paramref name="fingerprint"/> is stored as <paramref name="articleId"/>, published at <paramref name="url"/>.</summary>
    public Task RecordArticleAsync(string articleId, string fingerprint, Uri url, string source, string? publisher, CancellationToken ct) =>
        RunAsync(async c =>
        {
            await using var transaction = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            var now = Stamp(_time.GetUtcNow());
            await ExecuteAsync(c, "INSERT OR IGNORE INTO content_hashes (fingerprint, article_id, url, first_seen) VALUES ($f, $a, $u, $now)", ct,
                ("$f", fingerprint), ("$a", articleId), ("$u", url.AbsoluteUri), ("$now", now));
            await ExecuteAsync(c, "INSERT OR IGNORE INTO article_sources (article_id, url, source, publisher, first_seen) VALUES ($a, $u, $s, $p, $now)", ct,
                ("$a", articleId), ("$u", url.AbsoluteUri), ("$s", source), ("$p", publisher), ("$now", now));
            await transaction.CommitAsync(ct);
            return 0;
        }, ct);

    public Task<IReadOnlyList<ArticleSource>> GetArticleSourcesAsync(string articleId, CancellationToken ct) =>
        RunAsync<IReadOnlyList<ArticleSource>>(async c =>
        {
            await using var command = Command(c, "SELECT url, source, publisher, first_seen FROM article_sources WHERE article_id = $a ORDER BY first_seen, url", ("$a", articleId));
            await using var reader = await command.ExecuteReaderAsync(ct);
            var sources = new List<ArticleSource>();
            while (await reader.ReadAsync(ct))
            {
                sources.Add(new ArticleSource(articleId, reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), Parse(reader.GetString(3))!.Value));
            }

            return sources;
        }, ct);

    public Task<SourceCursor> GetCursorAsync(string source, CancellationToken ct) =>
        RunAsync(async c =>
        {
            await using var command = Command(c, "SELECT run_started_at, run_finished_at, next_run_at, pages_last_run FROM cursors WHERE source = $s", ("$s", source));
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return new SourceCursor(source);
            }

            return new SourceCursor(source)
            {
                RunStartedAt = Parse(reader.IsDBNull(0) ? null : reader.GetString(0)),
                RunFinishedAt = Parse(reader.IsDBNull(1) ? null : reader.GetString(1)),
                NextRunAt = Parse(reader.IsDBNull(2) ? null : reader.GetString(2)),
                PagesLastRun = reader.GetInt32(3),
            };
        }, ct);

    public Task SaveCursorAsync(SourceCursor cursor, CancellationToken ct) =>
        RunAsync(c => ExecuteAsync(c, """
            INSERT INTO cursors (source, run_started_at, run_finished_at, next_run_at, pages_last_run) VALUES ($s, $a, $b, $n, $p)
            ON CONFLICT (source) DO UPDATE SET run_started_at = $a, run_finished_at = $b, next_run_at = $n, pages_last_run = $p
            """, ct, ("$s", cursor.Source), ("$a", Stamp(cursor.RunStartedAt)), ("$b", Stamp(cursor.RunFinishedAt)), ("$n", Stamp(cursor.NextRunAt)), ("$p", cursor.PagesLastRun)), ct);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }

        _gate.Dispose();
    }

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            _connection ??= await OpenAsync(ct);
            return await work(_connection);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var directory = System.IO.Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, CrawlStateSchema.Pragmas, ct);
            await using var version = Command(connection, "PRAGMA user_version");
            var current = Convert.ToInt32(await version.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            if (current > CrawlStateSchema.Version)
            {
                throw new InvalidOperationException($"{_path} was written by a newer version (crawl state schema {current}, this build knows {CrawlStateSchema.Version})");
            }

            await ExecuteAsync(connection, CrawlStateSchema.Create + $"\nPRAGMA user_version = {CrawlStateSchema.Version};", ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static PageRecord ReadPage(SqliteDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var etag = Text(5);
        var lastModified = Text(6);
        return new PageRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))
        {
            HttpStatus = r.IsDBNull(4) ? null : r.GetInt32(4),
            Validators = etag is null && lastModified is null ? null : new HttpValidators(etag, lastModified),
            ContentHash = Text(7),
            ArticleId = Text(8),
            Referrer = Text(9),
            LastError = Text(10),
            Failures = r.GetInt32(11),
            CheckedAt = Parse(Text(12)),
            ChangedAt = Parse(Text(13)),
        };
    }

    private static string? Stamp(DateTimeOffset? time) => time?.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
