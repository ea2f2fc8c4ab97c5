using AllianceCms.Core.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Display.Caching;

/// <summary>
/// Drops the cached pages that a change makes stale, and only those: the pages that showed the item
/// (in any culture) and the pages that listed its type. Drafts change nothing the public sees.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store, ILogger<PageCacheEviction> logger) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => EvictAsync(context);
    public Task UnpublishedAsync(ContentContext context) => EvictAsync(context);
    public Task DeletedAsync(ContentContext context) => EvictAsync(context);
    public Task RestoredAsync(ContentContext context) => EvictAsync(context);

    private async Task EvictAsync(ContentContext context)
    {
        var item = context.ContentItem;
        // Not the request's token: the change is committed, so its pages must go even if the caller gave up.
        await store.EvictByTagAsync(CacheTags.Item(item.LocalizationSet), CancellationToken.None);
        await store.EvictByTagAsync(CacheTags.Type(item.ContentType), CancellationToken.None);
        logger.LogDebug("Evicted cached pages of {LocalizationSet} and lists of {ContentType}", item.LocalizationSet, item.ContentType);
    }
}
