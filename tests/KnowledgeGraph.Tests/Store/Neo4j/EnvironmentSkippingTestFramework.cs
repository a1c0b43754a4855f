using KnowledgeGraph.Tests.Store.Neo4j;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("KnowledgeGraph.Tests.Store.Neo4j.EnvironmentSkippingTestFramework", "KnowledgeGraph.Tests")]

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// xunit 2 cannot skip a test at run time, and the contract tests are inherited [Fact]s whose attributes a derived
/// class cannot change. This framework is xunit's own, except that tests of a class marked
/// <see cref="RequiresLiveNeo4jAttribute"/> are discovered as skipped (with <see cref="LiveNeo4j.SkipReason"/>) when no
/// server is configured, so the output says they did not run rather than pretending they passed.
/// </summary>
public sealed class EnvironmentSkippingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider sources, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, sources, sink)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var reason = LiveNeo4j.SkipReason;
            var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresLiveNeo4jAttribute)).Any();
            if (reason is null || !needsServer || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
