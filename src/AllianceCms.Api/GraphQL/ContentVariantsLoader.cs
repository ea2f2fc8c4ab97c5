using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// The culture variants of items by id, for one GraphQL request: references of 20 items, and their
/// other-culture variants, cost one query per level instead of one per item.
/// </summary>
/// <remarks>
/// The latest-version loader also loads the published versions behind them, after them in each list:
/// a drafts reader who may not view one draft still sees the item's published version.
/// </remarks>
internal sealed class ContentVariantsLoader(ApiContentReader content, VersionOptions version) : BatchLoader<IReadOnlyList<ContentItem>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var found = await content.VariantsAsync(ids, version, ct);
        var published = version == VersionOptions.Latest ? await content.VariantsAsync(ids, VersionOptions.Published, ct) : null;
        var variants = new Dictionary<string, IReadOnlyList<ContentItem>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            IReadOnlyList<ContentItem> own = found.TryGetValue(id, out var latest) ? latest : [];
            if (published?.GetValueOrDefault(id) is { Count: > 0 } behind)
                own = [.. own, .. behind.Where(p => !own.Any(v => v.ContentItemVersionId == p.ContentItemVersionId))];
            variants[id] = own;
        }
        return variants;
    }
}
