using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Display.Caching;

/// <summary>
/// Public pages stay cached for the minutes <see cref="PageCacheDuration"/> gives at the time of the
/// request, tagged so that "clear the page cache" reaches them; 0 minutes turns caching off (no lookup, no storage).
/// </summary>
public sealed class PublicPagePolicy(PageCacheDuration duration) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var minutes = await duration.MinutesAsync(context.HttpContext.RequestServices, cancellation);
        if (minutes <= 0)
        {
            context.EnableOutputCaching = false;
            return;
        }
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(minutes);
        context.Tags.Add(CacheTags.AllPages);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
