using AllianceCms.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Caching;

/// <summary>
/// How long a public page may be cached, read by the output-cache policy on every request: the admin's
/// setting when there is one, else the configuration. The setting is kept in memory and read again from
/// the database every <see cref="DisplayOptions.DatabaseTemplatesRefreshSeconds"/> (for changes made on
/// another node); a change made on this node applies at once.
/// </summary>
public sealed class PageCacheDuration(IOptions<DisplayOptions> options, TimeProvider clock)
{
    private sealed record Snapshot(int? Minutes, DateTimeOffset ReadAt);

    private volatile Snapshot? _snapshot;

    /// <summary>The minutes in force now (0: pages are not cached).</summary>
    public async ValueTask<int> MinutesAsync(IServiceProvider requestServices, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.ReadAt >= TimeSpan.FromSeconds(options.Value.DatabaseTemplatesRefreshSeconds))
        {
            var settings = await requestServices.GetRequiredService<IDocumentStore>().GetAsync<PageCacheSettings>(PageCacheSettings.DocumentName, ct);
            snapshot = new Snapshot(settings?.OutputCacheMinutes, clock.GetUtcNow());
            _snapshot = snapshot;
        }
        return snapshot.Minutes ?? options.Value.OutputCacheMinutes;
    }

    /// <summary>The configuration's minutes, used while the admin sets none.</summary>
    public int ConfiguredMinutes => options.Value.OutputCacheMinutes;

    /// <summary>Takes a setting just saved on this node into account at once.</summary>
    public void Changed(int? minutes) => _snapshot = new Snapshot(minutes, clock.GetUtcNow());
}
