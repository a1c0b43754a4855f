namespace KnowledgeGraph.Tests.Api;

/// <summary>All API tests share one server and run one after another (the call-count test needs a quiet store).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServerFixture>
{
    public const string Name = "Api";
}
