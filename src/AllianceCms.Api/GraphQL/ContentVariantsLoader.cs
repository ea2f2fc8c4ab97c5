using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using GraphQL.DataLoader;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// Batches the loading of items by id for one GraphQL request. Resolvers queue ids and return a
/// pending result; GraphQL.NET completes pending results only after the whole level has been
/// resolved, and the first one to complete loads every queued id in one query. References of 20
/// items, and their other-culture variants, cost one query per level instead of one per item.
/// </summary>
/// <remarks>
/// The latest-version loader also loads the published versions behind them, after them in each list:
/// a drafts reader who may not view one draft still sees the item's published version.
/// </remarks>
internal sealed class ContentVariantsLoader(ApiContentReader content, VersionOptions version)
{
    private readonly Dictionary<string, IReadOnlyList<ContentItem>> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();

    /// <summary>Queues the ids and, once they are loaded, picks the result from each id's variants.</summary>
    public IDataLoaderResult<T> Load<T>(IReadOnlyCollection<string> ids, Func<Func<string, IReadOnlyList<ContentItem>?>, T> pick)
    {
        lock (_sync)
        {
            foreach (var id in ids)
                if (!_loaded.ContainsKey(id)) _queued.Add(id);
        }
        return new PendingResult<T>(async ct =>
        {
            await LoadQueuedAsync(ct);
            return pick(Loaded);
        });
    }

    /// <summary>Loads the ids not loaded yet, in one query, for readers that pick from <see cref="Loaded"/> afterwards.</summary>
    public Task EnsureLoadedAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        lock (_sync)
        {
            foreach (var id in ids)
                if (!_loaded.ContainsKey(id)) _queued.Add(id);
            if (_queued.Count == 0) return Task.CompletedTask;
        }
        return LoadQueuedAsync(ct);
    }

    /// <summary>The variants of an id loaded before (empty when it has none); null when it was not loaded.</summary>
    public IReadOnlyList<ContentItem>? Loaded(string id) => _loaded.GetValueOrDefault(id);

    private async Task LoadQueuedAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            List<string> ids;
            lock (_sync)
            {
                if (_queued.Count == 0) return;
                ids = [.. _queued];
                _queued.Clear();
            }
            var found = await content.VariantsAsync(ids, version, ct);
            var published = version == VersionOptions.Latest ? await content.VariantsAsync(ids, VersionOptions.Published, ct) : null;
            foreach (var id in ids)
            {
                IReadOnlyList<ContentItem> variants = found.TryGetValue(id, out var latest) ? latest : [];
                if (published?.GetValueOrDefault(id) is { Count: > 0 } behind)
                    variants = [.. variants, .. behind.Where(p => !variants.Any(v => v.ContentItemVersionId == p.ContentItemVersionId))];
                _loaded[id] = variants;
            }
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
