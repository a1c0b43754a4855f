using System.Text.Encodings.Web;
using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.GraphApi.Http;
using KnowledgeGraph.Model.Ontology;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.GraphApi.Graph;

/// <summary>The GraphQL schema, its limits, its serializer and the HTTP handler that serves it.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimits>().BindConfiguration(GraphQLLimits.Section)
            .ValidateDataAnnotations()
            .Validate(l => l.DefaultPageSize <= l.MaxPageSize, "GraphQL:DefaultPageSize must not exceed GraphQL:MaxPageSize.")
            .ValidateOnStart();

        services.TryAddSingleton(KnowledgeOntology.Default);

        // Generic graph types are closed per node type by the schema; the container must know the open forms.
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<,>));

        services.AddGraphQL(graphql => graphql
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddErrorInfoProvider<StableCodeErrorInfoProvider>()

            // JSON that a person can read: 中国科协, not \u4E2D\u56FD…. Responses are JSON, never inlined into HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddUnhandledExceptionHandler(context => context.Context?.RequestServices?
                .GetService<ILogger<KnowledgeGraphSchema>>()?
                .LogError(context.OriginalException, "Resolving {Field} failed", context.FieldContext?.FieldDefinition?.Name)));

        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<GraphQLResponseCache>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
