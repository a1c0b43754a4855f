using System.Globalization;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>SQL that sets up connections and the schema (the schema itself lives in Migrations/NNN_name.sql).</summary>
internal static class SchemaSql
{
    /// <summary>
    /// Run on every opened connection: these settings are per connection, not stored in the file.
    /// synchronous=NORMAL is durable enough under WAL (a power cut can lose the last commit, never corrupt the file).
    /// </summary>
    public static string PerConnectionPragmas(int busyTimeoutMilliseconds) => string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");

    public const string ReadUserVersion = "PRAGMA user_version;";

    public static string WriteUserVersion(int version) => string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");

    /// <summary>Tables someone created in the file; a file at version 0 with tables belongs to another application.</summary>
    public const string CountForeignTables = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\';";

    /// <summary>WAL is a property of the file (it persists), so setting it once at start is enough; returns the mode now in effect.</summary>
    public const string EnableWriteAheadLog = "PRAGMA journal_mode = WAL;";

    public const string ReadJournalMode = "PRAGMA journal_mode;";
}
