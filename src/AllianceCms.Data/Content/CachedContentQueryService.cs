using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Data.Caching;

namespace AllianceCms.Data.Content;

/// <summary>
/// Published-content queries answered from the <see cref="PublishedReadCache"/> while the types they
/// read are unchanged; drafts, deleted items and owners' lists always go to the database.
/// </summary>
public sealed class CachedContentQueryService(ContentQueryService inner, CmsDbContext db, PublishedReadCache cache) : IContentQueryService
{
    public Task<ContentPage<ContentItem>> QueryAsync(ContentQuery query, CancellationToken ct = default) =>
        Cacheable(query)
            ? cache.GetOrLoadAsync(db, "query:" + Key(query), () => inner.QueryAsync(query, ct), _ => Dependencies(query),
                page => new ContentPage<ContentItem>(PublishedReadCache.Copy(page.Items), page.TotalCount, page.NextCursor))
            : inner.QueryAsync(query, ct);

    public Task<int> CountAsync(ContentQuery query, CancellationToken ct = default) =>
        Cacheable(query)
            ? cache.GetOrLoadAsync(db, "count:" + Key(query), () => inner.CountAsync(query, ct), _ => Dependencies(query), count => count)
            : inner.CountAsync(query, ct);

    public Task<RouteMatch?> FindRouteAsync(string culture, string slug, CancellationToken ct = default) =>
        cache.GetOrLoadAsync(db, $"route:{culture}:{slug}", () => inner.FindRouteAsync(culture, slug, ct),
            match => match is null ? null : [match.ContentType], match => match);

    public Task<IReadOnlyList<string>> DistinctTextValuesAsync(ContentQuery query, string field, CancellationToken ct = default) =>
        Cacheable(query)
            ? cache.GetOrLoadAsync(db, $"distinct:{field}:{Key(query)}", () => inner.DistinctTextValuesAsync(query, field, ct), _ => Dependencies(query), values => values)
            : inner.DistinctTextValuesAsync(query, field, ct);

    private static bool Cacheable(ContentQuery query) => query.Status == ContentStatus.Published && query.Owner is null;

    /// <summary>A query reads the rows and index rows of its own types only; no types means all of them.</summary>
    private static IReadOnlyCollection<string>? Dependencies(ContentQuery query) => query.Types.Count == 0 ? null : query.Types;

    private static string Key(ContentQuery query) => ContentQueryKey.Of(query);
}
