namespace KnowledgeGraph.GraphApi.Graph.Loading;

/// <summary>
/// "The relations of this entity of these types". Direction is not part of the key: the loader fetches both directions once
/// and each resolver keeps the side it asked for, so outgoing and incoming lists of a level share one store call.
/// </summary>
public readonly record struct RelationKey(string EntityId, string TypesSignature)
{
    public static string Signature(IReadOnlyCollection<string>? types) =>
        types is null or { Count: 0 } ? "*" : string.Join(',', types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public IReadOnlyList<string>? Types => TypesSignature == "*" ? null : TypesSignature.Split(',');
}
