using System.IO.Compression;
using AllianceCms.Core.Content;
using AllianceCms.Display.Caching;
using AllianceCms.Display.Localization;
using AllianceCms.Display.Pages;
using AllianceCms.Display.Rendering;
using AllianceCms.Display.Security;
using AllianceCms.Display.Templating;
using AllianceCms.Display.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display;

public static class DisplayServiceCollectionExtensions
{
    public const string PublicPagePolicy = "PublicPage";

    /// <summary>
    /// Registers the public site's rendering: Liquid templates from the database, the active theme and
    /// the modules, UI strings, output caching evicted by content events, compression and error pages.
    /// </summary>
    public static IServiceCollection AddCmsDisplay(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DisplayOptions>().Bind(configuration.GetSection(DisplayOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Directory.Exists(ActiveTheme.Locate(o, contentRoot)), "Display:Theme names a theme whose folder does not exist under Display:ThemesPath.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Display:TimeZone is not a known time zone.")
            .ValidateOnStart();

        services.AddSingleton<ActiveTheme>();
        services.AddSingleton<ThemeAssets>();
        services.AddSingleton<UiStrings>();

        services.AddSingleton<DatabaseTemplates>();
        services.AddSingleton<ThemeTemplates>();
        services.AddSingleton<EmbeddedTemplates>();
        services.AddSingleton<ITemplateSource>(sp => sp.GetRequiredService<DatabaseTemplates>());
        services.AddSingleton<ITemplateSource>(sp => sp.GetRequiredService<ThemeTemplates>());
        services.AddSingleton<ITemplateSource>(sp => sp.GetRequiredService<EmbeddedTemplates>());
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<LiquidEngine>();
        services.AddSingleton<TemplateRenderer>();
        services.AddScoped<TemplateStore>();
        services.AddScoped<TemplateInventory>();
        services.AddScoped<TemplateHistory>();
        services.AddSingleton<ILiquidFilterProvider, Menus.MenuFilters>();
        services.AddScoped<AllianceCms.Core.Menus.IMenuChangeHandler, Menus.MenuPageEviction>();
        services.AddScoped<PublicPageRenderer>();
        services.AddSingleton<EndpointPaths>();
        services.AddScoped<AllianceCms.Core.Routing.IReservedPaths, ReservedPaths>();
        services.AddSingleton<SiteModelCache>();

        services.AddScoped<IContentHandler, PageCacheEviction>();
        services.AddScoped<AllianceCms.Core.Media.IMediaChangeHandler, MediaPageEviction>();
        services.AddSingleton<PageCacheDuration>();
        services.AddSingleton<PageCache>();
        services.AddSingleton<Caching.PublicPagePolicy>();
        // The duration is read per request (the admin may change it), so the policy decides, not the options.
        services.AddOutputCache(o => o.AddPolicy(PublicPagePolicy, b => b.AddPolicy<Caching.PublicPagePolicy>()));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddExceptionHandler<ErrorPages>();
        return services;
    }

    /// <summary>Another assembly with default templates (<c>Templates/*.liquid</c>), besides the modules'.</summary>
    public static IServiceCollection AddCmsTemplates(this IServiceCollection services, System.Reflection.Assembly assembly) =>
        services.AddSingleton(new TemplateAssembly(assembly));

    /// <summary>Security headers, compression and the output cache, in that order; call after the exception handler.</summary>
    public static IApplicationBuilder UseCmsDisplay(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeaders>().UseResponseCompression().UseOutputCache();

    /// <summary>The theme's static files and the public pages (home, lists, items; the catch-all route).</summary>
    public static IEndpointRouteBuilder MapCmsDisplay(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ThemeAssets.PathPrefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string path, ThemeAssets assets) => assets.Serve(http, path))
            .WithName("theme-asset");
        endpoints.MapMethods("/sitemap.xml", [HttpMethods.Get, HttpMethods.Head], SitemapEndpoints.SitemapAsync).CacheOutput(PublicPagePolicy).WithName("sitemap");
        endpoints.MapMethods("/robots.txt", [HttpMethods.Get, HttpMethods.Head], SitemapEndpoints.Robots).WithName("robots");
        endpoints.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], PublicPageEndpoints.HandleAsync)
            .CacheOutput(PublicPagePolicy)
            .WithName("public-page");
        return endpoints;
    }
}
