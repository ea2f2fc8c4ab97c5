using AllianceCms.Core.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>Registers the media library ("Media" options, checked at start-up). Call after AddCmsData.</summary>
    public static IServiceCollection AddCmsMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.VariantWidths.All(w => w is > 0 and <= MediaEndpoints.MaxRequestedWidth), "Media:VariantWidths are widths in pixels from 1 to 10000.")
            .ValidateOnStart();
        services.AddSingleton<MediaStorage>();
        services.AddSingleton<MediaVariants>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaUsage>();
        services.AddScoped<MediaCatalog>();
        services.AddScoped<IMediaCatalog>(sp => sp.GetRequiredService<MediaCatalog>());
        return services;
    }
}
