using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Display;
using AllianceCms.Display.Templating;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Full-text search of published content per culture: the Lucene index kept by content events and
    /// built at start when empty, the search page and the <c>search_url</c> Liquid filter.
    /// </summary>
    public static IServiceCollection AddCmsSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Paths.Values.All(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^[a-z0-9-]+$")), "Search:Paths must be single path segments (a-z, 0-9, -).")
            .ValidateOnStart();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchRateLimiter>();
        services.AddSingleton<ILiquidFilterProvider, SearchFilters>();
        services.AddScoped<SearchRoutes>();
        services.AddScoped<SearchIndexRebuilder>();
        services.AddScoped<SearchPage>();
        services.AddScoped<IContentHandler, SearchIndexHandler>();
        services.AddHostedService<SearchIndexWarmup>();
        services.AddCmsTemplates(typeof(SearchServiceCollectionExtensions).Assembly);
        return services;
    }

    /// <summary>The search page in each culture ("/search", "/fr/recherche"); never output-cached, since every query differs.</summary>
    public static IEndpointRouteBuilder MapCmsSearch(this IEndpointRouteBuilder endpoints)
    {
        var cultures = endpoints.ServiceProvider.GetRequiredService<IOptions<CultureOptions>>().Value;
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SearchOptions>>().Value;
        foreach (var culture in cultures.Supported.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var prefix = string.Equals(culture, cultures.Default, StringComparison.OrdinalIgnoreCase) ? "" : "/" + culture;
            endpoints.MapMethods($"{prefix}/{options.PathFor(culture)}", [HttpMethods.Get, HttpMethods.Head],
                    (HttpContext http, SearchPage page, CancellationToken ct) => page.RenderAsync(http, culture, ct))
                .WithName($"search-{culture}");
        }
        return endpoints;
    }
}
