using AllianceCms.Core.Content;
using AllianceCms.Core.Routing;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Search;

/// <summary>
/// Keeps the index current as content changes: a published version (a translation included) is
/// indexed in its culture, an unpublished or deleted one removed, a restored published one indexed again.
/// A failure is logged, never thrown: the content operation has already succeeded, and `reindex` repairs.
/// </summary>
public sealed class SearchIndexHandler(SearchIndex index, ContentUrls urls, ILogger<SearchIndexHandler> logger) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => Index(context);

    public Task RestoredAsync(ContentContext context) => Index(context);

    public Task UnpublishedAsync(ContentContext context) => Remove(context);

    public Task DeletedAsync(ContentContext context) => Remove(context);

    private Task Index(ContentContext context)
    {
        var item = context.ContentItem;
        Safely(item, () =>
        {
            if (SearchDocument.From(item, context.Type, urls.UrlFor(item, context.Type)) is { } document) index.Upsert(document);
            else index.Remove(item.Culture, item.ContentItemId);
        });
        return Task.CompletedTask;
    }

    private Task Remove(ContentContext context)
    {
        var item = context.ContentItem;
        Safely(item, () => index.Remove(item.Culture, item.ContentItemId));
        return Task.CompletedTask;
    }

    private void Safely(ContentItem item, Action work)
    {
        try { work(); }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            logger.LogError(e, "The search index could not be updated for {ContentItemId} ({Culture}); run `reindex` to repair it", item.ContentItemId, item.Culture);
        }
    }
}
