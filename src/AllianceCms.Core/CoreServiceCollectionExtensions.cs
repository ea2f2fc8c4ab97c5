using AllianceCms.Core.Fields;
using AllianceCms.Core.Indexing;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Modules;
using AllianceCms.Core.Recipes;
using AllianceCms.Core.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceCms.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the content core: field kinds, validation, indexing, recipes and the given modules.</summary>
    public static IServiceCollection AddCmsCore(this IServiceCollection services, IConfiguration configuration, IEnumerable<IModule> modules)
    {
        // Bound by hand: the configuration binder appends to a list's defaults instead of replacing them.
        services.AddOptions<CultureOptions>()
            .Configure(o =>
            {
                if (configuration.GetSection(CultureOptions.Section).GetSection(nameof(CultureOptions.Supported)).Get<List<string>>() is { Count: > 0 } configured)
                    o.Supported = configured.Select(c => c.Trim().ToLowerInvariant()).Distinct().ToList();
            })
            .ValidateDataAnnotations()
            .Validate(o => o.Supported.All(c => c.Length is >= 2 and <= 16), "Cultures must be language codes such as 'en'.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        foreach (var kind in FieldKindRegistry.BuiltIn) services.AddSingleton<IFieldKind>(kind);
        services.AddSingleton<FieldKindRegistry>();
        services.AddScoped<ContentValidator>();
        services.AddScoped<Content.PendingContentReferences>();
        services.AddScoped<Routing.ContentUrls>();
        services.AddScoped<IContentIndexProvider, FieldIndexProvider>();

        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionsStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        Menus.MenuServiceCollectionExtensions.AddCmsMenus(services);

        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        foreach (var module in catalog.Modules) module.ConfigureServices(services);
        return services;
    }
}
