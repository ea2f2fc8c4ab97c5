using System.Globalization;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;
using AllianceCms.Display.Caching;
using AllianceCms.Display.Localization;
using AllianceCms.Display.Theming;
using Fluid;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// What one page render shares between its templates and filters: the culture, the definitions, the
/// zones, and a record of the items shown and types listed, which become the page's cache tags.
/// </summary>
public sealed class PageRenderState
{
    public const string AmbientKey = "AllianceCms.PageRenderState";

    public PageRenderState(string culture, IServiceProvider services, ContentDefinitionSnapshot definitions, string? formattingCulture = null)
    {
        Culture = culture;
        CultureInfo = CultureInfo.GetCultureInfo(formattingCulture ?? culture);
        Services = services;
        Definitions = definitions;
        Urls = services.GetRequiredService<ContentUrls>();
        Strings = services.GetRequiredService<UiStrings>();
        Theme = services.GetService<ThemeAssets>();
    }

    public string Culture { get; }
    public CultureInfo CultureInfo { get; }
    public IServiceProvider Services { get; }
    public ContentDefinitionSnapshot Definitions { get; }
    public ContentUrls Urls { get; }
    public UiStrings Strings { get; }
    public ThemeAssets? Theme { get; }
    public Zones Zones { get; } = new();

    /// <summary>Scheme and host for absolute links ("https://example.org").</summary>
    public string Origin { get; init; } = "";

    /// <summary>A fresh context with the page's shared values (site, page, theme), for templates rendered from templates.</summary>
    public Func<TemplateContext>? NewContext { get; set; }

    /// <summary>How deep templates are rendering other templates (an item's summary inside a list…); bounded.</summary>
    internal int Depth { get; set; }

    /// <summary>The request's: filters that query stop when the visitor has gone.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The zone date-times are shown in; dates without a time are shown as they are.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    public HashSet<string> CacheTags { get; } = new(StringComparer.Ordinal);

    /// <summary>The latest change among the items shown: the page's Last-Modified.</summary>
    public DateTime? LastModifiedUtc { get; private set; }

    public static PageRenderState From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(AmbientKey, out var state) && state is PageRenderState s
            ? s
            : throw new InvalidOperationException("This template context was not created for a page render.");

    /// <summary>A view of an item for templates; records that the page shows it.</summary>
    public ContentItemView? View(ContentItem item)
    {
        if (Definitions.Find(item.ContentType) is not { } type || type.Settings.Private) return null;
        Shows(item);
        return new ContentItemView(item, type, type.Settings.Routable ? Urls.UrlFor(item, type) : null, !string.Equals(item.Culture, Culture, StringComparison.OrdinalIgnoreCase));
    }

    public void Shows(ContentItem item)
    {
        CacheTags.Add(Caching.CacheTags.Item(item.LocalizationSet));
        var changed = item.PublishedUtc is { } p && p > item.ModifiedUtc ? p : item.ModifiedUtc;
        if (LastModifiedUtc is null || changed > LastModifiedUtc) LastModifiedUtc = changed;
    }

    public void Lists(string contentType) => CacheTags.Add(Caching.CacheTags.Type(contentType));

    public string T(string key, params object?[] args) => Strings.Get(Culture, key, args);
}
