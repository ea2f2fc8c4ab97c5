using AllianceCms.Core.Content;
using AllianceCms.Data.Caching;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>One query joins the requested ids to every variant of their localization sets.</summary>
public sealed class ContentBatchReader(CmsDbContext db, PublishedReadCache cache) : IContentBatchReader
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>> GetVariantsAsync(
        IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken ct = default)
    {
        if (contentItemIds.Count == 0) return new Dictionary<string, IReadOnlyList<ContentItem>>();
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        if (options != VersionOptions.Published || !cache.IsUsable(db)) return await LoadAsync(ids, options, ct);

        // Published variants come from the cache where it has them; one query loads the rest.
        var found = new Dictionary<string, IReadOnlyList<ContentItem>>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (cache.TryGet<IReadOnlyList<ContentItem>>(Key(id), PublishedReadCache.Copy, out var variants)) found[id] = variants;
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;
        var moment = cache.Moment;
        var loaded = await LoadAsync(missing, options, ct);
        foreach (var id in missing)
        {
            var variants = loaded.GetValueOrDefault(id) ?? [];
            cache.Keep(Key(id), variants, PublishedReadCache.TypesOf(variants), moment, PublishedReadCache.Copy);
            if (variants.Count > 0) found[id] = variants;
        }
        return found;
    }

    private static string Key(string contentItemId) => "batch:" + contentItemId;

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>> LoadAsync(List<string> ids, VersionOptions options, CancellationToken ct)
    {
        var sets = db.ContentItems.Where(r => ids.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.LocalizationSet }).Distinct();
        var variants = db.ContentItems.AsNoTracking().Where(r => r.DeletedUtc == null);
        variants = options == VersionOptions.Published ? variants.Where(r => r.Published) : variants.Where(r => r.Latest);

        var rows = await (from s in sets
                          join r in variants on s.LocalizationSet equals r.LocalizationSet
                          orderby r.Culture
                          select new { Requested = s.ContentItemId, Record = r }).ToListAsync(ct);

        // A record shared by several requested ids is mapped once.
        var items = new Dictionary<long, ContentItem>();
        return rows.GroupBy(x => x.Requested, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ContentItem>)g.Select(x => items.TryGetValue(x.Record.Id, out var item) ? item : items[x.Record.Id] = ContentRecordMapper.ToItem(x.Record)).ToList(),
            StringComparer.Ordinal);
    }
}
