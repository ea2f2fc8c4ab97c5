using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>
/// Fields that are not localized hold one value for all culture variants: after a save, the
/// other variants' latest and published versions take the new value (in place, as it is one value).
/// Changes are staged on the context; the caller's SaveChanges writes them with the save.
/// </summary>
public sealed class SharedFieldSynchronizer(CmsDbContext db, ContentIndexWriter indexWriter)
{
    public async Task SpreadAsync(ContentItem item, ContentTypeModel type, CancellationToken ct)
    {
        if (!type.Settings.Localizable) return;
        var shared = type.Fields.Where(f => !f.Field.Settings.Localized).ToList();
        if (shared.Count == 0) return;

        var (id, set) = (item.ContentItemId, item.LocalizationSet);
        var others = await db.ContentItems
            .Where(r => r.LocalizationSet == set && r.ContentItemId != id && (r.Latest || r.Published))
            .ToListAsync(ct);
        foreach (var record in others)
        {
            var other = ContentRecordMapper.ToItem(record);
            var changed = false;
            foreach (var (part, field) in shared)
            {
                var value = item.Get(part.Name, field.Name);
                if (JsonNode.DeepEquals(value, other.Get(part.Name, field.Name))) continue;
                other.Set(part.Name, field.Name, value);
                changed = true;
            }
            if (!changed) continue;
            record.Data = ContentRecordMapper.Serialize(other.Content);
            await indexWriter.ReplaceAsync(record, other, type, ct);
        }
    }
}
