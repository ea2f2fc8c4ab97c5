using AllianceCms.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>One query joins the requested ids to every variant of their localization sets.</summary>
public sealed class ContentBatchReader(CmsDbContext db) : IContentBatchReader
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>> GetVariantsAsync(
        IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken ct = default)
    {
        if (contentItemIds.Count == 0) return new Dictionary<string, IReadOnlyList<ContentItem>>();
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
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
