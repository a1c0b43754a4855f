using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Store.Curation;
using KnowledgeGraph.Store.Neo4j.Copy;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The decision log in Neo4j, beside the graph it curates (<c>cypher/decisions/</c>): one
/// <c>(:Decision {seq, kind, payload, actor, reason, createdAt, undoneBy})</c> node per decision, which no ingest or
/// curation statement deletes. Every write is one explicit transaction that first takes the next seq from the counter
/// node (locking it, so log writers take turns), and carries a request id so that a transaction rerun after its commit
/// answer was lost finds its own decision instead of appending a second one. Same rules as the embedded log.
/// </summary>
public sealed class Neo4jDecisionLog(Neo4jGraphStore store) : IDecisionLog
{
    public Task<Decision> AppendAsync(NewDecision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var requestId = Guid.NewGuid().ToString("N");
        return InTransactionAsync("decision append", async tx =>
            await AlreadyMadeAsync(tx, requestId) ?? await CreateAsync(tx, await NextSeqAsync(tx), decision, requestId), ct);
    }

    public Task<Decision> UndoAsync(long seq, string actor, string? reason, CancellationToken ct = default)
    {
        var requestId = Guid.NewGuid().ToString("N");
        return InTransactionAsync("decision undo", async tx =>
        {
            if (await AlreadyMadeAsync(tx, requestId) is { } made)
            {
                return made;
            }

            // Taken first: it locks the log, so the target read next cannot be undone by someone else before this commits.
            var undoSeq = await NextSeqAsync(tx);
            var target = (await tx.RunAsync(StatementNames.DecisionBySeq, Parameters(("seq", seq)))).Select(Read).SingleOrDefault()
                ?? throw new KeyNotFoundException($"There is no decision {seq}.");
            if (target.Kind == DecisionKind.Undo || target.UndoneBy is not null)
            {
                throw new InvalidOperationException(target.Kind == DecisionKind.Undo
                    ? $"Decision {seq} is an undo; undoing an undo is not supported — make the decision again."
                    : $"Decision {seq} was already undone by decision {target.UndoneBy}.");
            }

            var undo = await CreateAsync(tx, undoSeq, new NewDecision(DecisionKind.Undo, new DecisionPayload { UndoesSeq = seq }, actor, reason), requestId);
            if ((await tx.RunAsync(StatementNames.MarkDecisionUndone, Parameters(("seq", seq), ("undoneBy", undo.Seq)))).Count != 1)
            {
                throw new InvalidOperationException($"Decision {seq} was undone meanwhile; nothing was recorded.");
            }

            return undo;
        }, ct);
    }

    /// <summary>
    /// Copies another log's decisions (the embedded store's, by the <c>copy</c> verb) with their seqs, in one transaction.
    /// Allowed when this log is empty or holds only those same decisions (a rerun); refused with
    /// <see cref="DecisionLogConflictException"/> when it holds other ones, which the copy would contradict.
    /// </summary>
    /// <returns>How many decisions were copied.</returns>
    public Task<int> ImportAsync(IReadOnlyList<Decision> decisions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        if (decisions.Count == 0)
        {
            return Task.FromResult(0);
        }

        var bySeq = decisions.ToDictionary(d => d.Seq);
        return InTransactionAsync("decision import", async tx =>
        {
            await tx.RunAsync(StatementNames.RaiseDecisionCounter, Parameters(("last", bySeq.Keys.Max())));
            var held = (await tx.RunAsync(StatementNames.AllDecisions, Parameters())).Select(Read).ToList();
            var other = held.FirstOrDefault(h => !bySeq.TryGetValue(h.Seq, out var copied) || !SameDecision(h, copied));
            if (other is not null)
            {
                throw new DecisionLogConflictException(
                    $"The Neo4j decision log already holds decision {other.Seq} ({other.Kind} by {other.Actor}), which the copied log does not; nothing was copied.");
            }

            foreach (var chunk in decisions.OrderBy(d => d.Seq).Chunk(store.BatchSize))
            {
                await tx.RunAsync(StatementNames.ImportDecisions, Parameters(("rows", chunk.Select(ImportRow).ToList())));
            }

            return decisions.Count;
        }, ct);
    }

    public async Task<Decision?> GetAsync(long seq, CancellationToken ct = default) =>
        (await ReadAsync(StatementNames.DecisionBySeq, Parameters(("seq", seq)), ct)).SingleOrDefault();

    public async Task<IReadOnlyList<Decision>> ActiveAsync(CancellationToken ct = default) =>
        await ReadAsync(StatementNames.ActiveDecisions, Parameters(("undo", DecisionKind.Undo.ToString())), ct);

    public async Task<IReadOnlyList<Decision>> AllAsync(CancellationToken ct = default) =>
        await ReadAsync(StatementNames.AllDecisions, Parameters(), ct);

    private async Task<T> InTransactionAsync<T>(string what, Func<Neo4jSession.TransactionRunner, Task<T>> work, CancellationToken ct)
    {
        await store.EnsureInitializedAsync(ct);
        return await store.Session.InTransactionAsync(what, work, ct);
    }

    private async Task<List<Decision>> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken ct)
    {
        await store.EnsureInitializedAsync(ct);
        return (await store.Session.RunAsync(statement, parameters, ct)).Select(Read).ToList();
    }

    private static async Task<Decision?> AlreadyMadeAsync(Neo4jSession.TransactionRunner tx, string requestId) =>
        (await tx.RunAsync(StatementNames.DecisionByRequest, Parameters(("requestId", requestId)))).Select(Read).SingleOrDefault();

    private static async Task<long> NextSeqAsync(Neo4jSession.TransactionRunner tx) =>
        (await tx.RunAsync(StatementNames.NextDecisionSeq, Parameters())).Single().Long("seq");

    private async Task<Decision> CreateAsync(Neo4jSession.TransactionRunner tx, long seq, NewDecision d, string requestId)
    {
        var rows = await tx.RunAsync(StatementNames.CreateDecision, Parameters(
            ("seq", seq), ("kind", d.Kind.ToString()), ("payload", DecisionPayloadJson.Serialize(d.Payload)), ("actor", d.Actor),
            ("reason", d.Reason), ("createdAt", StoreDates.Instant(store.Time.GetUtcNow())), ("requestId", requestId)));
        return Read(rows.Single());
    }

    /// <summary>The same decision in both logs: what was decided, by whom and why (times may differ in precision).</summary>
    private static bool SameDecision(Decision a, Decision b) =>
        a.Kind == b.Kind && a.Payload == b.Payload && a.Actor == b.Actor && a.Reason == b.Reason;

    private static IReadOnlyDictionary<string, object?> ImportRow(Decision d) => new Dictionary<string, object?>
    {
        ["seq"] = d.Seq,
        ["kind"] = d.Kind.ToString(),
        ["payload"] = DecisionPayloadJson.Serialize(d.Payload),
        ["actor"] = d.Actor,
        ["reason"] = d.Reason,
        ["createdAt"] = StoreDates.Instant(d.CreatedAt),
        ["undoneBy"] = d.UndoneBy,
    };

    private static Decision Read(QueryRow row) =>
        new(row.Long("seq"), Enum.Parse<DecisionKind>(row.String("kind")), DecisionPayloadJson.Deserialize(row.String("payload")),
            row.String("actor"), row.NullableString("reason"),
            row.Instant("createdAt") ?? throw new Neo4jProtocolException($"Decision {row.Long("seq")} has no createdAt."))
        {
            UndoneBy = row["undoneBy"] is null ? null : row.Long("undoneBy"),
        };

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
