using AllianceCms.Core.Media;
using AllianceCms.Data.Media;
using Microsoft.Extensions.Options;

namespace AllianceCms.Media;

/// <summary>The library as pages see it; each file is read once per request.</summary>
public sealed class MediaCatalog(MediaLibrary library, IOptions<MediaOptions> options) : IMediaCatalog
{
    private readonly Dictionary<string, MediaFacts?> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<int> VariantWidths { get; } = options.Value.VariantWidths.Where(w => w > 0).Distinct().Order().ToList();

    public async Task<MediaFacts?> FindAsync(string path, CancellationToken ct = default) =>
        _seen.TryGetValue(path, out var known) ? known : (await FindManyAsync([path], ct)).GetValueOrDefault(path);

    public async Task<IReadOnlyDictionary<string, MediaFacts>> FindManyAsync(IReadOnlyCollection<string> paths, CancellationToken ct = default)
    {
        var unseen = paths.Where(p => !_seen.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();
        if (unseen.Count > 0)
        {
            foreach (var path in unseen) _seen[path] = null;
            foreach (var file in await library.FindManyAsync(unseen, ct)) _seen[file.Path] = Facts(file);
        }
        var found = new Dictionary<string, MediaFacts>(StringComparer.Ordinal);
        foreach (var path in paths)
            if (_seen.GetValueOrDefault(path) is { } facts) found[path] = facts;
        return found;
    }

    private static MediaFacts Facts(MediaFileRecord file) =>
        new(file.Path, file.ContentType, file.Version, file.Width, file.Height, MediaLibrary.AltTextOf(file));
}
