using System.Diagnostics;
using System.Text.Json.Serialization;
using AllianceCms.Core.Settings;
using AllianceCms.Display.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Templating;

/// <summary>The templates an administrator stored, kept as one named document ("Templates").</summary>
public sealed class StoredTemplatesDocument
{
    public const string DocumentName = "Templates";

    [JsonPropertyName("templates")] public Dictionary<string, StoredTemplate> Templates { get; set; } = new(StringComparer.Ordinal);
}

public sealed class StoredTemplate
{
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("modifiedUtc")] public DateTime ModifiedUtc { get; set; }
    [JsonPropertyName("modifiedBy")] public string? ModifiedBy { get; set; }
}

/// <summary>
/// The database's templates, held in memory: reloaded at once after a save on this node, and every
/// <see cref="DisplayOptions.DatabaseTemplatesRefreshSeconds"/> for saves made on other nodes.
/// </summary>
public sealed class DatabaseTemplates(IServiceScopeFactory scopes, IOutputCacheStore pages, IOptions<DisplayOptions> options) : ITemplateSource
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyDictionary<string, TemplateFile> Files, long LoadedAt);

    public TemplateOrigin Origin => TemplateOrigin.Database;

    /// <summary>Raised with the versions of the texts that were replaced or removed, whose parsed forms can go.</summary>
    public event Action<IReadOnlyList<long>>? Replaced;

    public TemplateFile? Find(string name) => _snapshot?.Files.GetValueOrDefault(name);

    public IEnumerable<string> Names => _snapshot?.Files.Keys ?? [];

    /// <summary>Loads the templates when they were never loaded or are due for a refresh.</summary>
    public async ValueTask EnsureLoadedAsync(CancellationToken ct)
    {
        if (IsFresh(_snapshot)) return;
        await _loading.WaitAsync(ct);
        try
        {
            var snapshot = _snapshot;
            if (IsFresh(snapshot)) return; // another request loaded them meanwhile
            await using var scope = scopes.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<StoredTemplatesDocument>(StoredTemplatesDocument.DocumentName, ct);
            var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
            foreach (var (name, stored) in document?.Templates ?? [])
            {
                // Keep the same file (and so its parsed form) when its text did not change.
                files[name] = snapshot?.Files.GetValueOrDefault(name) is { } same && same.Source == stored.Source
                    ? same
                    : new TemplateFile(name, TemplateOrigin.Database, stored.Source, $"database:{name}");
            }
            var gone = snapshot?.Files.Values.Where(old => !files.TryGetValue(old.Name, out var now) || !ReferenceEquals(now, old)).Select(f => f.Version).ToList() ?? [];
            var changed = snapshot is not null && (gone.Count > 0 || files.Count != snapshot.Files.Count);
            _snapshot = new Snapshot(files, Stopwatch.GetTimestamp());
            if (!changed) return;
            if (gone.Count > 0) Replaced?.Invoke(gone);
            // Pages rendered with the old templates are stale, whichever node saved the change.
            await pages.EvictByTagAsync(CacheTags.AllPages, CancellationToken.None);
        }
        finally
        {
            _loading.Release();
        }
    }

    private bool IsFresh(Snapshot? snapshot) =>
        snapshot is not null && Stopwatch.GetElapsedTime(snapshot.LoadedAt) < TimeSpan.FromSeconds(options.Value.DatabaseTemplatesRefreshSeconds);

    /// <summary>Forces the next <see cref="EnsureLoadedAsync"/> to read the database.</summary>
    public void Invalidate()
    {
        if (_snapshot is { } s) _snapshot = s with { LoadedAt = 0 };
    }
}
