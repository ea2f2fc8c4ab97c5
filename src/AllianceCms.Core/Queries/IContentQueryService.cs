using AllianceCms.Core.Content;

namespace AllianceCms.Core.Queries;

/// <summary>Runs content queries against the index tables.</summary>
public interface IContentQueryService
{
    Task<ContentPage<ContentItem>> QueryAsync(ContentQuery query, CancellationToken ct = default);
    Task<int> CountAsync(ContentQuery query, CancellationToken ct = default);

    /// <summary>Resolves a slug in a culture to the item that has it now, or had it before (to redirect).</summary>
    Task<RouteMatch?> FindRouteAsync(string culture, string slug, CancellationToken ct = default);

    /// <summary>Distinct indexed values of a field among matching items, e.g. the countries that have participants.</summary>
    Task<IReadOnlyList<string>> DistinctTextValuesAsync(ContentQuery query, string field, CancellationToken ct = default);
}

/// <summary>An item found by slug; when <see cref="IsCurrent"/> is false the slug is an old one and <see cref="CurrentSlug"/> the one to redirect to.</summary>
public sealed record RouteMatch(string ContentItemId, string ContentType, string Culture, string CurrentSlug, bool IsCurrent);
