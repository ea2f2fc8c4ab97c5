using AllianceCms.Core.Media;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// The media library's facts about files by path, for one GraphQL request: the alternative text and size
/// of 20 items' logos cost one query. Without a media library every file is unknown. The library is
/// resolved only when a query asks about files: most do not, and it brings a database context along.
/// </summary>
internal sealed class MediaFilesLoader(IServiceProvider services) : BatchLoader<MediaFacts>
{
    protected override async Task<IReadOnlyDictionary<string, MediaFacts>> FetchAsync(IReadOnlyList<string> paths, CancellationToken ct) =>
        services.GetService<IMediaCatalog>() is { } catalog ? await catalog.FindManyAsync(paths, ct) : new Dictionary<string, MediaFacts>();
}

/// <summary>A media file as a GraphQL object reads it: its path, and the culture of the item it belongs to (for its alternative text).</summary>
internal sealed record MediaSource(string Path, string Culture);
