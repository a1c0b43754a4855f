using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>Embedded stores in bench/.data, created fresh or opened as left by an earlier run.</summary>
public static class Stores
{
    public static async Task<SqliteGraphStore> OpenAsync(string path, bool fresh, int writeCacheMebibytes = SqliteStoreOptions.DefaultWriteCacheMebibytes)
    {
        if (fresh)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }

        var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path, WriteCacheMebibytes = writeCacheMebibytes }));
        await store.InitializeAsync();
        return store;
    }

    /// <summary>The file's size once the WAL is folded in: what the data costs at rest.</summary>
    public static long CheckpointedSize(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        return new FileInfo(path).Length;
    }
}
