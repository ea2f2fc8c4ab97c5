using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Admin.ContentTypes;

public static class ContentTypesServiceCollectionExtensions
{
    /// <summary>The content types editor's services (its pages are under /admin/content-types).</summary>
    public static IServiceCollection AddContentTypesEditor(this IServiceCollection services)
    {
        services.AddSingleton<ContentTypeText>();
        services.AddScoped<ContentTypeStatistics>();
        services.AddScoped<DefinitionChanges>();
        services.AddScoped<RemovedFieldPurge>();
        return services;
    }
}
