using System.Runtime.CompilerServices;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Search;

/// <summary>Rebuilds each culture's index from the published content (the `reindex` command, and a first start with no index).</summary>
public sealed class SearchIndexRebuilder(
    SearchIndex index,
    IContentQueryService queries,
    IContentDefinitionStore definitions,
    ContentUrls urls,
    IOptions<CultureOptions> cultures,
    ILogger<SearchIndexRebuilder> logger)
{
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        var total = 0;
        foreach (var culture in Cultures) total += await RebuildAsync(culture, ct);
        return total;
    }

    /// <summary>Rebuilds the cultures whose index is empty; true when it did any.</summary>
    public async Task<bool> RebuildEmptyAsync(CancellationToken ct = default)
    {
        var rebuilt = false;
        foreach (var culture in Cultures.Where(c => index.Count(c) == 0))
        {
            await RebuildAsync(culture, ct);
            rebuilt = true;
        }
        return rebuilt;
    }

    private IEnumerable<string> Cultures => cultures.Value.Supported.Distinct(StringComparer.OrdinalIgnoreCase);

    private async Task<int> RebuildAsync(string culture, CancellationToken ct)
    {
        var count = await index.RebuildAsync(culture, DocumentsAsync(culture, ct), ct);
        logger.LogInformation("Search index of {Culture} rebuilt with {Count} items", culture, count);
        return count;
    }

    /// <summary>Published items of the public, routable types in a culture, read page by page from the index tables.</summary>
    private async IAsyncEnumerable<SearchDocument> DocumentsAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        var types = snapshot.Types.Where(t => !t.Settings.Private && t.Settings.Routable).ToList();
        if (types.Count == 0) yield break;
        var query = new ContentQuery
        {
            Types = types.Select(t => t.Name).ToList(),
            Culture = culture,
            Status = ContentStatus.Published,
            PageSize = ContentQuery.MaxPageSize,
            IncludeTotal = false,
        };
        string? after = null;
        do
        {
            var page = await queries.QueryAsync(query with { After = after }, ct);
            foreach (var item in page.Items)
            {
                if (snapshot.Find(item.ContentType) is { } type && SearchDocument.From(item, type, urls.UrlFor(item, type)) is { } document)
                    yield return document;
            }
            after = page.NextCursor;
        }
        while (after is not null);
    }
}
