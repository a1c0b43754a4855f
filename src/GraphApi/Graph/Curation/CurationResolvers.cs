using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Ingest.Curate;
using KnowledgeGraph.Ingest.Curate.Candidates;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>Curation's resolvers: arguments to decisions, the caller's key name as the actor, refusals to stable codes.</summary>
public static class CurationResolvers
{
    public static Task<Decision> DecideAsync(IResolveFieldContext c, DecisionKind kind, DecisionPayload payload) =>
        Guarded(() => c.Service<CurationService>().DecideAsync(new NewDecision(kind, payload, Actor(c), Reason(c)), c.CancellationToken));

    public static Task<Decision> UndoAsync(IResolveFieldContext c) =>
        Guarded(() => c.Service<CurationService>().UndoAsync(c.GetArgument<int>("seq"), Actor(c), Reason(c), c.CancellationToken));

    public static Task<Decision> CandidateAsync(IResolveFieldContext c, bool accept) =>
        Guarded(() => c.Service<CandidateQueue>().DecideAsync(c.GetArgument<string>("id"), accept, Actor(c), Reason(c), c.CancellationToken));

    public static async Task<Connection<Decision>> DecisionsAsync(IResolveFieldContext c)
    {
        Actor(c); // the audit trail names key holders: readable with a key only
        var first = PageSize.Resolve(c.GetArgument<int?>("first"), c.Limits());
        var entityId = c.GetArgument<string?>("entityId");
        var all = await c.Service<IDecisionLog>().AllAsync(c.CancellationToken);
        var newestFirst = all
            .Where(d => entityId is null || Touches(d, entityId))
            .OrderByDescending(d => d.Seq)
            .ToList();
        return Connections.Slice(newestFirst, first, c.GetArgument<string?>("after"));
    }

    public static async Task<Connection<Candidate>> CandidatesAsync(IResolveFieldContext c)
    {
        Actor(c); // the review queue is analysts' work: readable with a key only
        var first = PageSize.Resolve(c.GetArgument<int?>("first"), c.Limits());
        var kind = c.GetArgument<CandidateKind?>("kind");
        var all = await Guarded(() => c.Service<CandidateQueue>().ListAsync(kind, c.CancellationToken));
        return Connections.Slice(all, first, c.GetArgument<string?>("after"));
    }

    private static bool Touches(Decision d, string id) =>
        d.Payload.EntityId == id || d.Payload.IntoId == id || d.Payload.SourceId == id || d.Payload.TargetId == id || d.SplitEntityId() == id;

    private static string Actor(IResolveFieldContext c) =>
        c.Request().Caller.KeyName ?? throw new GraphQueryException(ErrorCodes.Unauthenticated, "Curation needs an API key.");

    private static string? Reason(IResolveFieldContext c) => c.GetArgument<string?>("reason")?.Trim() is { Length: > 0 } r ? r : null;

    private static async Task<T> Guarded<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (CurationException e)
        {
            throw new GraphQueryException(e.Error switch
            {
                CurationError.NotFound => ErrorCodes.NotFound,
                CurationError.Conflict => ErrorCodes.Conflict,
                CurationError.NotSupported => ErrorCodes.NotSupported,
                _ => ErrorCodes.BadUserInput,
            }, e.Message);
        }
    }
}
