using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Display.Caching;

/// <summary>The public pages this node keeps in its output cache, as a whole.</summary>
public sealed class PageCache(IOutputCacheStore store)
{
    /// <summary>Drops every cached public page; each is rendered again on its next request.</summary>
    public async Task ClearAsync() =>
        // Not the request's token: once asked, the pages must go even if the caller gave up.
        await store.EvictByTagAsync(CacheTags.AllPages, CancellationToken.None);
}
