using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using AllianceCms.Core.Settings;
using AllianceCms.Display.Localization;
using AllianceCms.Display.Rendering;
using AllianceCms.Display.Templating;
using AllianceCms.Display.Theming;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Pages;

/// <summary>A drawn page with what the response needs: status, culture, and the cache tags of what it showed.</summary>
public sealed record RenderedPage(string Html, int StatusCode, string Culture, IReadOnlySet<string> CacheTags);

/// <summary>
/// Draws the public pages: a body from the first working template among its alternates, then the
/// layout around it. Templates get <c>site</c>, <c>page</c>, <c>theme</c> and the page's own model
/// (<c>item</c> on an item's page, <c>list</c> on a list page); the layout also gets <c>content</c>.
/// </summary>
public sealed class PublicPageRenderer(
    IServiceProvider services,
    TemplateCatalog catalog,
    TemplateRenderer renderer,
    LiquidEngine engine,
    IContentDefinitionStore definitions,
    IContentQueryService queries,
    IContentManager content,
    ContentUrls urls,
    IDocumentStore documents,
    ActiveTheme theme,
    UiStrings strings,
    IOptions<CultureOptions> cultures,
    IOptions<DisplayOptions> options,
    SiteModelCache siteModels,
    TimeProvider clock,
    ILogger<PublicPageRenderer> logger)
{
    private string DefaultCulture => cultures.Value.Default;

    /// <summary>The supported cultures, each once (a bound list may repeat its defaults).</summary>
    private IEnumerable<string> Cultures => cultures.Value.Supported.Distinct(StringComparer.OrdinalIgnoreCase);

    public async Task<RenderedPage> HomeAsync(HttpContext http, string culture, CancellationToken ct)
    {
        var page = new PageDescription
        {
            Kind = PageKinds.Home,
            Culture = culture,
            Title = await SiteNameAsync(culture, ct),
            Path = PageModels.HomeUrl(culture, urls),
            Languages = Cultures.Select(c => new LanguageLink(c, PageModels.HomeUrl(c, urls), true, Same(c, culture))).ToList(),
        };
        return await RenderAsync(http, page, ["Home"], (_, _) => { }, ct);
    }

    public async Task<RenderedPage> ListAsync(HttpContext http, ContentTypeModel type, string culture, int pageNumber, CancellationToken ct)
    {
        var size = options.Value.PageSize;
        var total = await queries.CountAsync(new ContentQuery { Types = [type.Name], Culture = culture }, ct);
        var pages = Math.Max(1, (total + size - 1) / size);
        pageNumber = Math.Clamp(pageNumber, 1, pages);
        var found = await queries.QueryAsync(new ContentQuery { Types = [type.Name], Culture = culture, PageSize = size, Skip = (pageNumber - 1) * size, IncludeTotal = false }, ct);
        var listUrl = PageModels.ListUrl(type, culture, urls)!;

        var page = new PageDescription
        {
            Kind = PageKinds.List,
            Culture = culture,
            Title = type.Type.Label.For(culture),
            Path = pageNumber > 1 ? $"{listUrl}?page={pageNumber}" : listUrl,
            Type = type,
            Languages = Cultures.Select(c => new LanguageLink(c, PageModels.ListUrl(type, c, urls) ?? PageModels.HomeUrl(c, urls), true, Same(c, culture))).ToList(),
        };
        return await RenderAsync(http, page, Alternates.ForList(type.Name), (context, state) =>
        {
            state.Lists(type.Name);
            var items = found.Items.Select(state.View).OfType<ContentItemView>().Select(v => (FluidValue)new ContentItemValue(v)).ToList();
            context.SetValue("list", FluidModel.From(new Dictionary<string, object?>
            {
                ["type"] = type.Name,
                ["label"] = type.Type.Label.For(culture),
                ["items"] = new ArrayValue(items),
                ["total"] = total,
                ["page"] = pageNumber,
                ["pages"] = pages,
                ["page_size"] = size,
                ["url"] = listUrl,
                ["previous_url"] = pageNumber > 1 ? (pageNumber == 2 ? listUrl : $"{listUrl}?page={pageNumber - 1}") : null,
                ["next_url"] = pageNumber < pages ? $"{listUrl}?page={pageNumber + 1}" : null,
            }, engine.Options));
        }, ct);
    }

    public async Task<RenderedPage> DetailAsync(HttpContext http, ContentItem item, ContentTypeModel type, CancellationToken ct)
    {
        var variants = await content.GetVariantsAsync(item.LocalizationSet, VersionOptions.Published, ct);
        var languages = Cultures.Select(c =>
        {
            var variant = Same(c, item.Culture) ? item : variants.FirstOrDefault(v => Same(v.Culture, c));
            var url = variant is null ? null : urls.UrlFor(variant, type);
            // Untranslated: the nearest page above it in that culture, its type's list, else the home page.
            return url is not null
                ? new LanguageLink(c, url, true, Same(c, item.Culture))
                : new LanguageLink(c, PageModels.ListUrl(type, c, urls) ?? PageModels.HomeUrl(c, urls), false, false);
        }).ToList();

        var page = new PageDescription
        {
            Kind = PageKinds.Detail,
            Culture = item.Culture,
            Title = item.DisplayText,
            Path = urls.UrlFor(item, type) ?? PageModels.HomeUrl(item.Culture, urls),
            Type = type,
            Languages = languages,
        };
        return await RenderAsync(http, page, Alternates.ForContent(item, Alternates.Detail), (context, state) =>
        {
            if (state.View(item) is { } view) context.SetValue("item", new ContentItemValue(view));
        }, ct);
    }

    /// <summary>
    /// A module's own page (a form, a confirmation) drawn through the theme: its body from the first
    /// working template among <paramref name="alternates"/>, with <paramref name="model"/>'s entries as
    /// variables, then the layout (<c>Layout-{kind}</c>, else <c>Layout</c>) around it.
    /// </summary>
    public async Task<RenderedPage> ModulePageAsync(HttpContext http, string kind, string culture, string title, int statusCode,
        IReadOnlyList<LanguageLink> languages, IReadOnlyList<string> alternates, IReadOnlyDictionary<string, object?> model, CancellationToken ct)
    {
        var page = new PageDescription
        {
            Kind = kind,
            Culture = culture,
            Title = title,
            Path = http.Request.Path.Value ?? "/",
            StatusCode = statusCode,
            Languages = languages,
        };
        return await RenderAsync(http, page, alternates, (context, _) =>
        {
            foreach (var (name, value) in model) context.SetValue(name, value);
        }, ct);
    }

    public Task<RenderedPage> NotFoundAsync(HttpContext http, string culture, CancellationToken ct) =>
        ProblemAsync(http, culture, PageKinds.NotFound, StatusCodes.Status404NotFound, "notfound.title", ct);

    public Task<RenderedPage> ErrorAsync(HttpContext http, string culture, CancellationToken ct) =>
        ProblemAsync(http, culture, PageKinds.Error, StatusCodes.Status500InternalServerError, "error.title", ct);

    private async Task<RenderedPage> ProblemAsync(HttpContext http, string culture, string kind, int status, string titleKey, CancellationToken ct)
    {
        var page = new PageDescription
        {
            Kind = kind,
            Culture = culture,
            Title = strings.Get(culture, titleKey),
            Path = http.Request.Path.Value ?? "/",
            StatusCode = status,
            Languages = Cultures.Select(c => new LanguageLink(c, PageModels.HomeUrl(c, urls), false, Same(c, culture))).ToList(),
        };
        return await RenderAsync(http, page, [kind], (_, _) => { }, ct);
    }

    private async Task<RenderedPage> RenderAsync(HttpContext http, PageDescription page, IReadOnlyList<string> bodyAlternates, Action<TemplateContext, PageRenderState> addModel, CancellationToken ct)
    {
        await catalog.RefreshAsync(ct);
        var snapshot = await definitions.GetSnapshotAsync(ct);
        var state = new PageRenderState(page.Culture, services, snapshot, options.Value.FormattingCultures.GetValueOrDefault(page.Culture)) { Origin = Origin(http), TimeZone = TimeZone(), CancellationToken = ct };
        var siteName = await SiteNameAsync(page.Culture, ct);
        var site = siteModels.GetOrAdd(snapshot, page.Culture, siteName, () => FluidModel.From(SiteModel(snapshot, page.Culture, siteName), engine.Options));
        var pageModel = PageModel(page, state.Origin);
        pageModel["query"] = QueryModel(http.Request.Query);
        var pageValue = FluidModel.From(pageModel, engine.Options);
        var themeValue = FluidModel.From(new Dictionary<string, object?> { ["name"] = theme.Name, ["settings"] = theme.Settings }, engine.Options);

        TemplateContext NewContext()
        {
            var context = new TemplateContext(engine.Options)
            {
                CultureInfo = state.CultureInfo,
                TimeZone = state.TimeZone ?? TimeZoneInfo.Utc,
                Now = () => clock.GetUtcNow(),
            };
            context.AmbientValues[PageRenderState.AmbientKey] = state;
            context.SetValue("site", site);
            context.SetValue("page", pageValue);
            context.SetValue("theme", themeValue);
            return context;
        }
        state.NewContext = NewContext;

        TemplateContext NewPageContext()
        {
            var context = NewContext();
            addModel(context, state);
            return context;
        }

        var body = await renderer.RenderFirstAsync(bodyAlternates, NewPageContext, ct);
        string bodyHtml;
        if (body is null)
        {
            logger.LogError("No template could draw the {Kind} page {Path} (tried {Alternates})", page.Kind, page.Path, string.Join(", ", bodyAlternates));
            bodyHtml = $"<h1>{LiquidEngine.HtmlEncoder.Encode(page.Title)}</h1>";
        }
        else
        {
            bodyHtml = body.Html;
        }

        var layout = await renderer.RenderFirstAsync(Alternates.ForLayout(page.Kind, page.Type?.Name), () =>
        {
            var context = NewPageContext();
            context.SetValue("content", new StringValue(bodyHtml, encode: false));
            return context;
        }, ct);
        var html = layout?.Html ?? BareDocument(page, siteName, bodyHtml);
        if (layout is null) logger.LogError("No layout template could draw the {Kind} page {Path}; a bare page was sent", page.Kind, page.Path);
        return new RenderedPage(html, page.StatusCode, page.Culture, state.CacheTags);
    }

    private Dictionary<string, object?> SiteModel(ContentDefinitionSnapshot snapshot, string culture, string siteName) => new()
    {
        ["name"] = siteName,
        ["culture"] = culture,
        ["default_culture"] = DefaultCulture,
        ["home_url"] = PageModels.HomeUrl(culture, urls),
        ["cultures"] = Cultures.ToList(),
        ["types"] = snapshot.Types.Where(PageModels.HasListPage).Select(t => new Dictionary<string, object?>
        {
            ["name"] = t.Name,
            ["label"] = t.Type.Label.For(culture),
            ["list_url"] = PageModels.ListUrl(t, culture, urls),
        }).ToList(),
    };

    private Dictionary<string, object?> PageModel(PageDescription page, string origin)
    {
        var translated = page.Languages.Where(l => l.Translated).ToList();
        return new()
        {
            ["kind"] = page.Kind,
            ["culture"] = page.Culture,
            ["lang"] = page.Culture,
            ["title"] = page.Title,
            ["url"] = page.Path,
            ["canonical"] = origin + page.Path,
            ["status"] = page.StatusCode,
            ["type"] = page.Type?.Name,
            ["type_label"] = page.Type?.Type.Label.For(page.Culture),
            ["og_type"] = page.Kind == PageKinds.Detail ? "article" : "website",
            ["languages"] = page.Languages.Select(l => new Dictionary<string, object?>
            {
                ["culture"] = l.Culture,
                ["url"] = l.Url,
                ["absolute_url"] = origin + l.Url,
                ["translated"] = l.Translated,
                ["current"] = l.Current,
                ["name"] = strings.Get(l.Culture, "language.native"),
            }).ToList(),
            // hreflang alternates: only real translations, and x-default for the default culture's version.
            ["hreflang"] = translated.Select(l => new Dictionary<string, object?> { ["hreflang"] = l.Culture, ["href"] = origin + l.Url })
                .Concat(translated.Where(l => Same(l.Culture, DefaultCulture)).Select(l => new Dictionary<string, object?> { ["hreflang"] = "x-default", ["href"] = origin + l.Url }))
                .ToList(),
        };
    }

    /// <summary>At most this many query parameters reach templates, each cut to <see cref="MaxQueryValueLength"/> characters.</summary>
    public const int MaxQueryParameters = 20, MaxQueryValueLength = 200;

    /// <summary>
    /// The request's query string for templates that filter, sort or search (<c>page.query.country</c>): the
    /// first value of each parameter, bounded, so that nonsense input can only ever cost a small query.
    /// </summary>
    private static Dictionary<string, object?> QueryModel(IQueryCollection query)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, values) in query.Take(MaxQueryParameters))
        {
            var value = values.FirstOrDefault()?.Trim() ?? "";
            model[key] = value.Length > MaxQueryValueLength ? value[..MaxQueryValueLength] : value;
        }
        return model;
    }

    private SiteSettings? _settings;

    /// <summary>The site's name from its settings (read once per request), else the theme's.</summary>
    private async Task<string> SiteNameAsync(string culture, CancellationToken ct)
    {
        _settings ??= await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct) ?? new SiteSettings();
        return _settings.SiteName is { IsEmpty: false } name ? name.For(culture) : theme.DisplayName;
    }

    private string Origin(HttpContext http) =>
        options.Value.PublicOrigin is { Length: > 0 } origin ? origin.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";

    private TimeZoneInfo? TimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : null;

    /// <summary>The page when even the layouts failed: still a valid document in the right language.</summary>
    private static string BareDocument(PageDescription page, string siteName, string body) =>
        $"<!doctype html><html lang=\"{WebUtility.HtmlEncode(page.Culture)}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{WebUtility.HtmlEncode(page.Title)} – {WebUtility.HtmlEncode(siteName)}</title></head><body><main id=\"main\">{body}</main></body></html>";

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
