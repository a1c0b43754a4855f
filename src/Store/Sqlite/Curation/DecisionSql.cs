namespace KnowledgeGraph.Store.Sqlite.Curation;

/// <summary>The decision log's statements (table in Migrations/002_curation.sql).</summary>
internal static class DecisionSql
{
    public const string Columns = "seq, kind, payload, actor, reason, created_at, undone_by";

    public const string Insert = """
        INSERT INTO decisions (kind, payload, actor, reason, created_at) VALUES ($kind, $payload, $actor, $reason, $created_at)
        RETURNING seq;
        """;

    public const string MarkUndone = "UPDATE decisions SET undone_by = $undone_by WHERE seq = $seq AND undone_by IS NULL;";

    public const string BySeq = $"SELECT {Columns} FROM decisions WHERE seq = $seq;";

    public const string Active = $"SELECT {Columns} FROM decisions WHERE undone_by IS NULL AND kind <> 'Undo' ORDER BY seq;";

    public const string All = $"SELECT {Columns} FROM decisions ORDER BY seq;";
}
