namespace AllianceCms.Core.Media;

/// <summary>
/// What the rendering layer may ask of the media library: a file's facts for URLs and image markup.
/// The library (a separate project) implements it; a site without it simply links paths as they are.
/// </summary>
public interface IMediaCatalog
{
    /// <summary>The file at a library path ("logos/tivat.png"), or null when there is none.</summary>
    Task<MediaFacts?> FindAsync(string path, CancellationToken ct = default);

    /// <summary>The files at these paths that exist, by path, in one query: for lists of items with their files.</summary>
    Task<IReadOnlyDictionary<string, MediaFacts>> FindManyAsync(IReadOnlyCollection<string> paths, CancellationToken ct = default);

    /// <summary>The widths resized variants are made at, smallest first.</summary>
    IReadOnlyList<int> VariantWidths { get; }
}

/// <summary>A library file as pages see it; <see cref="AltText"/> by culture (images always have one per site culture).</summary>
public sealed record MediaFacts(string Path, string ContentType, string Version, int? Width, int? Height, IReadOnlyDictionary<string, string> AltText)
{
    public bool IsImage => Width is > 0 && Height is > 0;

    /// <summary>The alternative text in a culture, else in another one: an image is never left without one when any exists.</summary>
    public string Alt(string culture) =>
        AltText.TryGetValue(culture, out var text) && !string.IsNullOrWhiteSpace(text) ? text
        : AltText.Values.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "";

    /// <summary>The culture <see cref="Alt"/> found its text in (for a lang attribute), or null.</summary>
    public string? AltCulture(string culture) =>
        AltText.TryGetValue(culture, out var text) && !string.IsNullOrWhiteSpace(text) ? culture
        : AltText.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Value)).Key;
}
