using AllianceCms.Api.Access;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Rest;

/// <summary>
/// GET /api/content/{type} (a page of a list), /api/content/{type}/{id} and
/// /api/content/{type}/by-slug/{culture}/{slug}. The OpenAPI document describes them per type.
/// </summary>
public static class ContentEndpoints
{
    public const string Prefix = "/api/content";

    public static RouteGroupBuilder MapContentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The generic routes are left out of the OpenAPI document, which lists each type's own paths.
        var group = endpoints.MapGroup(Prefix).ExcludeFromDescription();
        string[] reads = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/{type}", reads, (string type, HttpContext http, ContentRestHandler handler, CancellationToken ct) => handler.ListAsync(type, http, ct));
        group.MapMethods("/{type}/{id}", reads, (string type, string id, HttpContext http, ContentRestHandler handler, CancellationToken ct) => handler.GetByIdAsync(type, id, http, ct));
        group.MapMethods("/{type}/by-slug/{culture}/{slug}", reads, (string type, string culture, string slug, HttpContext http, ContentRestHandler handler, CancellationToken ct) =>
            handler.GetBySlugAsync(type, culture, slug, http, ct));
        group.MapContentWriteEndpoints();
        return group;
    }
}

/// <summary>The REST reads: resolve the caller and the type, check the parameters, read, write JSON with an ETag.</summary>
public sealed class ContentRestHandler(
    IApiAccess access,
    ApiModelProvider models,
    ContentListRequestBuilder requests,
    ApiContentReader content,
    ContentUrls urls,
    IOptions<ApiOptions> options)
{
    private const string DraftsNotAllowed = "Only API clients allowed to read drafts may ask for status=latest.";

    public async Task<IResult> ListAsync(string type, HttpContext http, CancellationToken ct)
    {
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);

        var query = RestQuery.ParseList(http.Request.Query, apiType);
        if (query.Errors.Count > 0) return ApiProblems.Invalid(query.Errors);
        if (query.Input.Version == VersionOptions.Latest && !reader.CanReadDrafts) return ApiProblems.Forbidden(DraftsNotAllowed);
        var (request, errors) = await requests.BuildAsync(apiType, query.Input, ListParameterNames.Rest, ct);
        if (request is null) return ApiProblems.Invalid(errors);

        ApiPage page;
        try { page = await content.ListAsync(request, reader, ct); }
        catch (InvalidQueryException e) { return ApiProblems.Invalid([new(request.After is null ? "query" : RestQuery.After, e.Message)]); }

        var expansion = await ExpandAsync(page.Items, apiType, query.Expand, request.Version, ct);
        var links = ItemLinks.For(http.Request, urls, options.Value);
        var next = page.NextCursor is { } cursor ? links.Api(NextPage(http.Request, cursor)) : null;
        var body = new ContentJson(model, links, reader).Page(page, apiType, next, expansion);
        return new CachedJsonResult(body, HttpCaching.CacheControl(reader, request.Version, options.Value.CacheMaxAgeSeconds));
    }

    public async Task<IResult> GetByIdAsync(string type, string id, HttpContext http, CancellationToken ct)
    {
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);
        var query = RestQuery.ParseItem(http.Request.Query, apiType);
        if (query.Errors.Count > 0) return ApiProblems.Invalid(query.Errors);
        if (query.Version == VersionOptions.Latest && !reader.CanReadDrafts) return ApiProblems.Forbidden(DraftsNotAllowed);

        var item = await content.GetAsync(apiType, id, query.Version, reader, ct);
        if (item is null) return ApiProblems.NotFound($"There is no {apiType.Name} with the id '{id}'.");
        return await ItemResultAsync(item, apiType, model, reader, query, http, ct);
    }

    public async Task<IResult> GetBySlugAsync(string type, string culture, string slug, HttpContext http, CancellationToken ct)
    {
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);
        var query = RestQuery.ParseItem(http.Request.Query, apiType);
        var siteCulture = requests.Culture(culture);
        var errors = query.Errors.ToList();
        if (siteCulture is null) errors.Add(new(RestQuery.Culture, $"'{culture}' is not a culture of this site."));
        if (errors.Count > 0) return ApiProblems.Invalid(errors);
        if (query.Version == VersionOptions.Latest && !reader.CanReadDrafts) return ApiProblems.Forbidden(DraftsNotAllowed);

        var match = await content.FindBySlugAsync(apiType, siteCulture!, slug, query.Version, reader, ct);
        if (match is null) return ApiProblems.NotFound($"There is no {apiType.Name} with the slug '{slug}' in '{siteCulture}'.");
        if (match.RedirectSlug is { } current)
        {
            // A former slug: point at where the item lives now, as the public site does.
            var path = $"{http.Request.PathBase}{ContentEndpoints.Prefix}/{Uri.EscapeDataString(apiType.Name)}/by-slug/{siteCulture}/{Uri.EscapeDataString(current)}";
            return TypedResults.Redirect(path + http.Request.QueryString, permanent: true);
        }
        return await ItemResultAsync(match.Item, apiType, model, reader, query, http, ct);
    }

    private async Task<IResult> ItemResultAsync(ContentItem item, ApiType type, ApiContentModel model, ApiReader reader, RestItemQuery query, HttpContext http, CancellationToken ct)
    {
        var expansion = await ExpandAsync([item], type, query.Expand, query.Version, ct);
        var body = new ContentJson(model, ItemLinks.For(http.Request, urls, options.Value), reader).Item(item, type, expansion);
        return new CachedJsonResult(body, HttpCaching.CacheControl(reader, query.Version, options.Value.CacheMaxAgeSeconds));
    }

    private async Task<(ApiReader Reader, ApiContentModel Model, ApiType? Type)> ResolveAsync(string type, HttpContext http, CancellationToken ct)
    {
        var reader = await access.GetReaderAsync(http);
        var model = await models.GetAsync(reader, ct);
        return (reader, model, model.Find(type));
    }

    /// <summary>Loads, in one query, the variants behind every expanded reference and the other cultures of every item.</summary>
    private async Task<Expansion?> ExpandAsync(IReadOnlyList<ContentItem> items, ApiType type, RestExpand expand, VersionOptions version, CancellationToken ct)
    {
        if (!expand.Any || items.Count == 0) return null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var field in expand.References) ids.UnionWith(IdListFieldKind.Ids(item.Get(field.Part.Name, field.Name)));
            if (expand.Localizations) ids.Add(item.ContentItemId);
        }
        var variants = await content.VariantsAsync(ids, version, ct);
        return new Expansion(expand.References, expand.Localizations, variants);
    }

    private static string NextPage(HttpRequest request, string cursor)
    {
        var query = new QueryBuilder(request.Query.Where(p => p.Key != RestQuery.After)) { { RestQuery.After, cursor } };
        return $"{request.Path}{query}";
    }
}
