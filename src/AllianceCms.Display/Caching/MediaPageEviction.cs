using AllianceCms.Core.Media;
using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Display.Caching;

/// <summary>
/// Drops every cached page when a library file's alternative text changes or the file is deleted:
/// pages are not tagged with the files they show, and such changes are rare.
/// </summary>
public sealed class MediaPageEviction(IOutputCacheStore store) : IMediaChangeHandler
{
    // Not the request's token: the change is committed, so its pages must go even if the caller gave up.
    public async Task ChangedAsync(string path, CancellationToken ct = default) =>
        await store.EvictByTagAsync(CacheTags.AllPages, CancellationToken.None);
}
