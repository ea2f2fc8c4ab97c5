using AllianceCms.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AllianceCms.Data.Caching;

/// <summary>
/// Published content read back from memory instead of the database: items by id, variants, routes,
/// query pages and documents. An entry is served only while the <see cref="ContentGenerations"/> it
/// depended on are unchanged, so a committed change is seen by the next read. Reads inside a
/// transaction go to the database, since they must see that transaction's own writes. Every caller
/// gets its own copy of a cached item, sharing its content read-only until the caller edits it.
/// </summary>
/// <remarks>
/// The generations move on this process's writes only: with several nodes on one database, set
/// <see cref="DatabaseOptions.ReadCacheEntries"/> to 0.
/// </remarks>
public sealed class PublishedReadCache : IDisposable
{
    private readonly ContentGenerations _generations;
    private readonly MemoryCache? _cache;
    private readonly TimeSpan _maxAge;

    public PublishedReadCache(ContentGenerations generations, IOptions<DatabaseOptions> options)
    {
        _generations = generations;
        _maxAge = options.Value.ReadCacheMaxAge;
        // MemoryCache refuses a lifetime of zero: a zero max age keeps nothing, as no entries do.
        if (options.Value.ReadCacheEntries > 0 && _maxAge > TimeSpan.Zero)
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.ReadCacheEntries, CompactionPercentage = 0.25 });
    }

    private sealed record Entry(object? Value, IReadOnlyCollection<string>? Dependencies, long Stamp);

    /// <summary>
    /// The cached value of <paramref name="key"/>, else <paramref name="load"/>'s, kept while the types
    /// <paramref name="dependenciesOf"/> names for it are unchanged (null: any change at all).
    /// </summary>
    public Task<T> GetOrLoadAsync<T>(CmsDbContext db, string key, Func<Task<T>> load,
        Func<T, IReadOnlyCollection<string>?> dependenciesOf, Func<T, T> copy) =>
        GetOrLoadAsync(db, key, load, static load => load(), dependenciesOf, copy);

    /// <summary>The same, with the loader's arguments passed as state: a hit then allocates no closure.</summary>
    public async Task<T> GetOrLoadAsync<TState, T>(CmsDbContext db, string key, TState state, Func<TState, Task<T>> load,
        Func<T, IReadOnlyCollection<string>?> dependenciesOf, Func<T, T> copy)
    {
        if (!IsUsable(db)) return await load(state);
        if (TryGet(key, copy, out T cached)) return cached;
        var before = _generations.Any;
        var value = await load(state);
        Keep(key, value, dependenciesOf(value), before, copy);
        return value;
    }

    /// <summary>Off, or inside a transaction (whose own writes the cache cannot see).</summary>
    public bool IsUsable(CmsDbContext db) => _cache is not null && db.Database.CurrentTransaction is null;

    /// <summary>The moment to take before loading what <see cref="Keep"/> will be given.</summary>
    public long Moment => _generations.Any;

    public bool TryGet<T>(string key, Func<T, T> copy, out T value)
    {
        if (_cache is not null && _cache.TryGetValue(key, out Entry? entry) && entry!.Stamp == _generations.StampOf(entry.Dependencies))
        {
            value = copy((T)entry.Value!);
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps a value loaded after <paramref name="moment"/>, unless a change committed since then.</summary>
    public void Keep<T>(string key, T value, IReadOnlyCollection<string>? dependencies, long moment, Func<T, T> copy)
    {
        if (_cache is null) return;
        var stamp = _generations.StampOf(dependencies);
        // A change that committed while loading may or may not be in what was read: not kept then.
        if (_generations.Any != moment) return;
        _cache.Set(key, new Entry(copy(value), dependencies, stamp), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _maxAge });
    }

    public static ContentItem? Copy(ContentItem? item) => item?.SharingCopy();

    public static IReadOnlyList<ContentItem> Copy(IReadOnlyList<ContentItem> items)
    {
        var copies = new ContentItem[items.Count];
        for (var i = 0; i < copies.Length; i++) copies[i] = items[i].SharingCopy();
        return copies;
    }

    public static IReadOnlyCollection<string>? TypesOf(ContentItem? item) => item is null ? null : [item.ContentType];

    public static IReadOnlyCollection<string>? TypesOf(IEnumerable<ContentItem> items)
    {
        var types = items.Select(i => i.ContentType).Distinct(StringComparer.Ordinal).ToArray();
        return types.Length == 0 ? null : types;
    }

    public void Dispose() => _cache?.Dispose();
}
