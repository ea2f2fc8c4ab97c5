using AllianceCms.Core.Content;
using AllianceCms.Data.Caching;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>Deletes every row of an item (versions, index, routes) in one transaction.</summary>
public sealed class ContentEraser(CmsDbContext db, TransactionRunner transactions, ContentChangeInterceptor changes) : IContentEraser
{
    public Task<bool> EraseAsync(string contentItemId, CancellationToken ct = default) =>
        transactions.RunAsync(async token =>
        {
            // Bulk deletes bypass change tracking: cached reads are told here, and learn it at commit.
            changes.MarkChanged(db, ContentGenerations.Everything);
            var versions = db.Set<ContentItemRecord>().Where(v => v.ContentItemId == contentItemId);
            await db.Set<ContentIndexRecord>().Where(i => versions.Select(v => v.Id).Contains(i.DocumentId)).ExecuteDeleteAsync(token);
            await db.Set<ContentRouteRecord>().Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(token);
            return await versions.ExecuteDeleteAsync(token) > 0;
        }, ct);
}
