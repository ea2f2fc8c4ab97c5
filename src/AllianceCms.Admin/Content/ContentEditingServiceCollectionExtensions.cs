using AllianceCms.Admin.Content.Translations;
using AllianceCms.Admin.Content.Versions;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Admin.Content;

/// <summary>The services of the content editing pages beyond the editor itself: history, translations.</summary>
public static class ContentEditingServiceCollectionExtensions
{
    public static IServiceCollection AddContentEditing(this IServiceCollection services)
    {
        services.AddScoped<VersionComparer>();
        services.AddScoped<TranslationStatus>();
        return services;
    }
}
