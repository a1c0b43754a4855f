namespace KnowledgeGraph.Tests.Curation;

/// <summary>The curation operations the tests send, written once.</summary>
public static class Gql
{
    public const string DecisionFields = "seq kind actor reason createdAt active undoneBy undoes entityId intoId splitEntityId name priorName alias relationId";

    public const string Merge = $"mutation($a: ID!, $b: ID!, $r: String) {{ mergeEntities(entityId: $a, intoId: $b, reason: $r) {{ {DecisionFields} }} }}";

    public const string Split = $"mutation($e: ID!, $a: ID!, $s: Int!, $t: Int!, $n: String) {{ splitMention(entityId: $e, articleId: $a, start: $s, end: $t, name: $n, reason: \"not the same person\") {{ {DecisionFields} }} }}";

    public const string Undo = $"mutation($s: Int!, $r: String) {{ undoDecision(seq: $s, reason: $r) {{ {DecisionFields} }} }}";

    public const string Update = $"mutation($id: ID!, $n: String, $k: OrganizationKind) {{ updateEntity(id: $id, name: $n, kind: $k, reason: \"official name\") {{ {DecisionFields} }} }}";

    public const string AddAlias = $"mutation($id: ID!, $a: String!) {{ addAlias(id: $id, alias: $a) {{ {DecisionFields} }} }}";

    public const string RemoveAlias = $"mutation($id: ID!, $a: String!) {{ removeAlias(id: $id, alias: $a) {{ {DecisionFields} }} }}";

    public const string Confirm = $"mutation($id: ID!) {{ confirmRelation(id: $id) {{ {DecisionFields} }} }}";

    public const string Reject = $"mutation($id: ID!) {{ rejectRelation(id: $id, reason: \"misread sentence\") {{ {DecisionFields} }} }}";

    public const string AddRelation = $"mutation($t: RelationType!, $s: ID!, $g: ID!, $n: String!) {{ addRelation(type: $t, sourceId: $s, targetId: $g, note: $n) {{ {DecisionFields} }} }}";

    public const string Accept = $"mutation($id: ID!) {{ acceptCandidate(id: $id, reason: \"same body\") {{ {DecisionFields} }} }}";

    public const string RejectCandidate = $"mutation($id: ID!) {{ rejectCandidate(id: $id) {{ {DecisionFields} }} }}";

    public const string Candidates = "query($k: CandidateKind, $f: Int) { curationCandidates(kind: $k, first: $f) { totalCount nodes { id kind score reasons keep { id name } merge { id name } relationId } } }";

    public const string Decisions = $"query($e: ID) {{ decisions(entityId: $e, first: 50) {{ totalCount nodes {{ {DecisionFields} }} }} }}";
}
