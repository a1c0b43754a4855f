using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store;

/// <summary>Fails start-up on a misspelt provider instead of at the first query.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options) =>
        StoreProviders.IsKnown(options.Provider)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Store:Provider is '{options.Provider}', which is not a known graph store; use one of: {string.Join(", ", StoreProviders.All)}.");
}
