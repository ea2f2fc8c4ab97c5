using AllianceCms.Core.Media;
using Microsoft.Extensions.Options;

namespace AllianceCms.Media;

/// <summary>The library as pages see it; each file is read once per request.</summary>
public sealed class MediaCatalog(MediaLibrary library, IOptions<MediaOptions> options) : IMediaCatalog
{
    private readonly Dictionary<string, MediaFacts?> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<int> VariantWidths { get; } = options.Value.VariantWidths.Where(w => w > 0).Distinct().Order().ToList();

    public async Task<MediaFacts?> FindAsync(string path, CancellationToken ct = default)
    {
        if (_seen.TryGetValue(path, out var known)) return known;
        var file = await library.FindAsync(path, ct);
        var facts = file is null ? null : new MediaFacts(file.Path, file.ContentType, file.Version, file.Width, file.Height, MediaLibrary.AltTextOf(file));
        _seen[path] = facts;
        return facts;
    }
}
