using AllianceCms.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>Looks references up on the latest, undeleted rows.</summary>
public sealed class ContentReferenceLookup(CmsDbContext db) : IContentReferenceLookup
{
    public async Task<IReadOnlyDictionary<string, ContentReferenceInfo>> FindAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct = default)
    {
        if (contentItemIds.Count == 0) return new Dictionary<string, ContentReferenceInfo>();
        var ids = contentItemIds.ToList();
        return await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && r.DeletedUtc == null && ids.Contains(r.ContentItemId))
            .Select(r => new ContentReferenceInfo(r.ContentItemId, r.ContentType, r.LocalizationSet, r.Culture))
            .ToDictionaryAsync(r => r.ContentItemId, StringComparer.Ordinal, ct);
    }
}
