using GraphQL.DataLoader;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// Batches the loading of values by key for one GraphQL request. Resolvers queue keys and return a
/// pending result; GraphQL.NET completes pending results only after the whole level has been resolved,
/// and the first one to complete loads every queued key in one query. Selections written directly load
/// a level's keys up front (<see cref="EnsureLoadedAsync"/>) and read them with <see cref="Loaded"/>.
/// </summary>
internal abstract class BatchLoader<TValue> where TValue : class
{
    private readonly Dictionary<string, TValue?> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();

    /// <summary>The values of these keys that exist, in one query.</summary>
    protected abstract Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken ct);

    /// <summary>Queues the keys and, once they are loaded, picks the result from their values.</summary>
    public IDataLoaderResult<T> Load<T>(IReadOnlyCollection<string> keys, Func<Func<string, TValue?>, T> pick)
    {
        Queue(keys);
        return new PendingResult<T>(async ct =>
        {
            await LoadQueuedAsync(ct);
            return pick(Loaded);
        });
    }

    /// <summary>Loads the keys not loaded yet, in one query.</summary>
    public Task EnsureLoadedAsync(IEnumerable<string> keys, CancellationToken ct) => Queue(keys) ? LoadQueuedAsync(ct) : Task.CompletedTask;

    /// <summary>The value of a key loaded before; null when it has none or was not loaded.</summary>
    public TValue? Loaded(string key) => _loaded.GetValueOrDefault(key);

    private bool Queue(IEnumerable<string> keys)
    {
        lock (_sync)
        {
            foreach (var key in keys)
                if (!_loaded.ContainsKey(key)) _queued.Add(key);
            return _queued.Count > 0;
        }
    }

    private async Task LoadQueuedAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            List<string> keys;
            lock (_sync)
            {
                if (_queued.Count == 0) return;
                keys = [.. _queued];
                _queued.Clear();
            }
            var found = await FetchAsync(keys, ct);
            foreach (var key in keys) _loaded[key] = found.GetValueOrDefault(key);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class PendingResult<T>(Func<CancellationToken, Task<T>> complete) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => complete(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await complete(cancellationToken);
    }
}
