using AllianceCms.Api.Access;
using AllianceCms.Api.Model;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;

namespace AllianceCms.Api.Reading;

/// <summary>
/// Reads content for API callers through the core's services, asking the reader about every item
/// it returns. Shared by REST and GraphQL so both apply the same rules.
/// </summary>
public sealed class ApiContentReader(IContentManager content, IContentQueryService queries, IContentBatchReader batch)
{
    public async Task<ApiPage> ListAsync(ContentListRequest request, ApiReader reader, CancellationToken ct)
    {
        var page = await queries.QueryAsync(new ContentQuery
        {
            Types = [request.Type.Name],
            Culture = request.Culture,
            Status = request.Version == VersionOptions.Latest ? ContentStatus.Latest : ContentStatus.Published,
            Filters = request.Filters,
            SortBy = request.Sort.Key,
            SortField = request.Sort.Field,
            Descending = request.Sort.Descending,
            PageSize = request.First,
            After = request.After,
            IncludeTotal = request.IncludeTotal,
        }, ct);
        var next = page.NextCursor is { } cursor ? ApiCursor.Wrap(request.Sort, cursor) : null;
        return new ApiPage(page.Items.Where(reader.CanRead).ToList(), page.TotalCount, next);
    }

    /// <summary>The item with this id if it is of the type and the reader may see it.</summary>
    public async Task<ContentItem?> GetAsync(ApiType type, string id, VersionOptions version, ApiReader reader, CancellationToken ct)
    {
        if (id.Length is 0 or > 64) return null;
        var item = await content.GetAsync(id, version, ct);
        return item is not null && item.ContentType == type.Name && reader.CanRead(item) ? item : null;
    }

    /// <summary>The item with this id, of any type the reader may see.</summary>
    public async Task<ContentItem?> GetAsync(ApiContentModel model, string id, VersionOptions version, ApiReader reader, CancellationToken ct)
    {
        if (id.Length is 0 or > 64) return null;
        var item = await content.GetAsync(id, version, ct);
        return item is not null && model.Find(item.ContentType) is not null && reader.CanRead(item) ? item : null;
    }

    /// <summary>The item that has this slug now, or the slug to redirect to when it is a former one.</summary>
    public async Task<SlugMatch?> FindBySlugAsync(ApiType type, string culture, string slug, VersionOptions version, ApiReader reader, CancellationToken ct)
    {
        if (slug.Length is 0 or > 120) return null;
        var route = await queries.FindRouteAsync(culture, slug, ct);
        if (route is null || route.ContentType != type.Name) return null;
        var item = await GetAsync(type, route.ContentItemId, version, reader, ct);
        if (item is null) return null;
        return new SlugMatch(item, route.IsCurrent ? null : route.CurrentSlug);
    }

    /// <summary>Every variant of the localization sets of these items, in one query.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>> VariantsAsync(IReadOnlyCollection<string> ids, VersionOptions version, CancellationToken ct) =>
        batch.GetVariantsAsync(ids, version, ct);

    /// <summary>
    /// What a reference to <paramref name="id"/> shows to a reader of <paramref name="culture"/>: the
    /// variant in that culture, else the item referenced itself; the first readable version of each when
    /// the list holds several (latest before published).
    /// </summary>
    public static ContentItem? Choose(IReadOnlyList<ContentItem>? variants, string id, string culture, ApiReader reader)
    {
        if (variants is null) return null;
        ContentItem? own = null;
        foreach (var variant in variants)
        {
            if (!reader.CanRead(variant)) continue;
            if (string.Equals(variant.Culture, culture, StringComparison.OrdinalIgnoreCase)) return variant;
            if (variant.ContentItemId == id) own ??= variant;
        }
        return own;
    }
}

/// <summary>An item found by slug; <see cref="RedirectSlug"/> is its current slug when the one asked for is a former one.</summary>
public sealed record SlugMatch(ContentItem Item, string? RedirectSlug);
