namespace KnowledgeGraph.Store.Sqlite;

/// <summary>One schema step: applying it takes the file from version <c>Version - 1</c> to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
