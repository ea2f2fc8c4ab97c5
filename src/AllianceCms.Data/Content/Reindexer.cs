using AllianceCms.Core.Metadata;
using AllianceCms.Data.Caching;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Data.Content;

/// <summary>
/// Rebuilds the index tables from the stored documents: field index rows of latest and published
/// versions, and routes (each item's latest slug current, its older slugs as redirects).
/// </summary>
public sealed class Reindexer(CmsDbContext db, IContentDefinitionStore definitions, ContentIndexWriter writer, PlannerStatistics statistics,
    ContentChangeInterceptor changes, TimeProvider clock, ILogger<Reindexer> logger)
{
    private const int BatchSize = 500;

    public async Task<int> ReindexAsync(CancellationToken ct = default)
    {
        var count = await TransactionalAsync(RebuildFieldIndexAsync, ct);
        await TransactionalAsync(RebuildRoutesAsync, ct);
        // The index tables were rebuilt wholesale: what the planner knew of them is stale.
        await statistics.RefreshAsync(ct);
        logger.LogInformation("Reindexed {Count} versions", count);
        return count;
    }

    private async Task<T> TransactionalAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The rebuild deletes in bulk, which change tracking does not see; cached reads learn it at commit.
        changes.MarkChanged(db, ContentGenerations.Everything);
        var result = await work(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private async Task<int> RebuildFieldIndexAsync(CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        await db.ContentIndex.ExecuteDeleteAsync(ct);
        long lastId = 0;
        var count = 0;
        while (true)
        {
            var batch = await db.ContentItems
                .Where(r => r.Id > lastId && (r.Latest || r.Published))
                .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var record in batch)
            {
                record.DisplayTextNormalized = ContentRecordMapper.Normalize(record.DisplayText);
                if (snapshot.Find(record.ContentType) is { } type)
                    await writer.AddAsync(record, ContentRecordMapper.ToItem(record), type, ct);
                count++;
            }
            await db.SaveChangesAsync(ct);
            lastId = batch[^1].Id;
            db.ChangeTracker.Clear();
        }
        return count;
    }

    private async Task<int> RebuildRoutesAsync(CancellationToken ct)
    {
        var slugs = await db.ContentItems.AsNoTracking()
            .Where(r => r.Slug != null)
            .OrderBy(r => r.ContentItemId).ThenByDescending(r => r.Number)
            .Select(r => new { r.ContentItemId, r.ContentType, r.Culture, Slug = r.Slug!, r.Latest })
            .ToListAsync(ct);
        await db.ContentRoutes.ExecuteDeleteAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = new HashSet<(string, string)>();
        // Current slugs first, so that an old slug never shadows another item's current one.
        foreach (var row in slugs.OrderByDescending(s => s.Latest))
        {
            if (!taken.Add((row.Culture, row.Slug))) continue;
            db.ContentRoutes.Add(new ContentRouteRecord
            {
                ContentItemId = row.ContentItemId, ContentType = row.ContentType, Culture = row.Culture,
                Slug = row.Slug, IsCurrent = row.Latest, CreatedUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return taken.Count;
    }
}
