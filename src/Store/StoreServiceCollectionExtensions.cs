using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> (a singleton) as chosen by the <c>Store</c> section:
    /// <c>Store:Provider</c> (default <c>Sqlite</c>) and <c>Store:Sqlite:Path</c> (default <c>.data/knowledgegraph.db</c>),
    /// or <c>Store:Provider=Neo4j</c> with <c>Store:Neo4j:Uri</c>, <c>Database</c>, <c>User</c>/<c>Password</c> or <c>BearerToken</c>.
    /// Options are validated when the host starts, and the store is initialised then too.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StoreOptions.SectionName);
        services.AddOptions<StoreOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());
        services.AddOptions<SqliteStoreOptions>()
            .Bind(section.GetSection(SqliteStoreOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Store:Sqlite:Path must name the database file.")
            .Validate(o => o.BusyTimeoutMilliseconds >= 0, "Store:Sqlite:BusyTimeoutMilliseconds must not be negative.")
            .Validate(o => o.WriteCacheMebibytes is >= SqliteStoreOptions.MinWriteCacheMebibytes and <= SqliteStoreOptions.MaxWriteCacheMebibytes,
                $"Store:Sqlite:WriteCacheMebibytes must be between {SqliteStoreOptions.MinWriteCacheMebibytes} and {SqliteStoreOptions.MaxWriteCacheMebibytes} (MiB).")
            .ValidateOnStart();

        // Bound always (the copy verb reads it whatever the provider); checked when the Neo4j store is created.
        services.AddOptions<Neo4jStoreOptions>().Bind(section.GetSection(Neo4jStoreOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteGraphStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>(), sp.GetRequiredService<TimeProvider>()));

        // Created only when resolved (its options are checked then); the companions below share its connection and catalogue.
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<IOptions<Neo4jStoreOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<Neo4jGraphStore>>()));
        services.AddSingleton<IGraphStore>(CreateStore);
        services.AddHostedService<GraphStoreInitializer>();

        // The network questions, curation's re-derivation and the decision log run on the chosen store: the embedded file,
        // or the Neo4j store's own connection (decisions then live in Neo4j, beside the graph; see README, Curation).
        var provider = section[nameof(StoreOptions.Provider)] ?? StoreProviders.Sqlite;
        if (string.Equals(provider, StoreProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<INetworkQueries>(sp => new SqliteNetworkQueries(sp.GetRequiredService<IOptions<SqliteStoreOptions>>()));

            // Re-deriving curated facts: the same instance as the graph store, so both share its writer lock.
            services.AddSingleton<ICurationStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
            services.AddSingleton<IDecisionLog>(sp => new SqliteDecisionLog(sp.GetRequiredService<IOptions<SqliteStoreOptions>>(), sp.GetRequiredService<TimeProvider>()));
        }
        else if (string.Equals(provider, StoreProviders.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<INetworkQueries>(sp => new Neo4jNetworkQueries(sp.GetRequiredService<Neo4jGraphStore>()));
            services.AddSingleton<ICurationStore>(sp => new Neo4jCurationStore(sp.GetRequiredService<Neo4jGraphStore>()));
            services.AddSingleton<IDecisionLog>(sp => new Neo4jDecisionLog(sp.GetRequiredService<Neo4jGraphStore>()));
        }

        return services;
    }

    private static IGraphStore CreateStore(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider;
        if (string.Equals(provider, StoreProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return services.GetRequiredService<SqliteGraphStore>();
        }

        if (string.Equals(provider, StoreProviders.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            return services.GetRequiredService<Neo4jGraphStore>();
        }

        // Reading Value above already rejected unknown names; this is a provider listed in StoreProviders but not wired here.
        throw new InvalidOperationException($"Store:Provider '{provider}' is known but has no registration in AddGraphStore.");
    }
}
