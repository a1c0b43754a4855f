namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// Marks a test class whose every test needs the live server of <see cref="LiveNeo4j"/>; without one,
/// <see cref="EnvironmentSkippingTestFramework"/> reports each test as skipped, with the reason, instead of running it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresLiveNeo4jAttribute : Attribute;
