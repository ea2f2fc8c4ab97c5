using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AllianceCms.Api.Access;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Api.Model;

/// <summary>
/// Keeps what is generated from one definitions snapshot (the visible model, GraphQL schemas) for
/// as long as that snapshot is current. A definition change swaps the snapshot, so the next
/// request builds afresh and the old entries go with the old snapshot.
/// </summary>
public sealed class SnapshotCache<T> where T : class
{
    private readonly ConditionalWeakTable<ContentDefinitionSnapshot, ConcurrentDictionary<string, Lazy<T>>> _entries = new();

    public T GetOrAdd(ContentDefinitionSnapshot snapshot, string key, Func<T> build)
    {
        var entries = _entries.GetOrCreateValue(snapshot);
        var entry = entries.GetOrAdd(key, _ => new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A failed build is not kept: the next request tries again.
            entries.TryRemove(new KeyValuePair<string, Lazy<T>>(key, entry));
            throw;
        }
    }
}

/// <summary>The current <see cref="ApiContentModel"/> for a reader.</summary>
public sealed class ApiModelProvider(IContentDefinitionStore definitions, SnapshotCache<ApiContentModel> cache)
{
    public async ValueTask<ApiContentModel> GetAsync(ApiReader reader, CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        return cache.GetOrAdd(snapshot, reader.Key, () => new ApiContentModel(snapshot, reader));
    }
}
