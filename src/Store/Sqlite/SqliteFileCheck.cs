namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Refuses a file that is not a SQLite database before SQLite opens it, so such a file is never written to.</summary>
internal static class SqliteFileCheck
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    /// <summary>Passes when the file is absent, empty (SQLite treats it as a new database) or starts with the SQLite header.</summary>
    public static void EnsureAbsentOrSqlite(string fullPath)
    {
        var file = new FileInfo(fullPath);
        if (!file.Exists || file.Length == 0)
        {
            return;
        }

        var start = new byte[Header.Length];
        int read;
        using (var stream = file.OpenRead())
        {
            read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }

        if (read < Header.Length || !start.AsSpan().SequenceEqual(Header))
        {
            throw NotADatabase(fullPath, null);
        }
    }

    public static InvalidDataException NotADatabase(string fullPath, Exception? inner) => new(
        $"The graph store file '{fullPath}' is not a SQLite database (or is corrupt). It was left untouched; " +
        "point Store:Sqlite:Path at another file or move this one away.",
        inner);
}
