using AllianceCms.Core.Media;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// The media library's facts about files by path, for one GraphQL request: the alternative text and size
/// of 20 items' logos cost one query. Without a media library every file is unknown.
/// </summary>
internal sealed class MediaFilesLoader(IMediaCatalog? catalog) : BatchLoader<MediaFacts>
{
    protected override async Task<IReadOnlyDictionary<string, MediaFacts>> FetchAsync(IReadOnlyList<string> paths, CancellationToken ct) =>
        catalog is null ? new Dictionary<string, MediaFacts>() : await catalog.FindManyAsync(paths, ct);
}

/// <summary>A media file as a GraphQL object reads it: its path, and the culture of the item it belongs to (for its alternative text).</summary>
internal sealed record MediaSource(string Path, string Culture);
