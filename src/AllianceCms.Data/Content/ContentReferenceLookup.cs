using AllianceCms.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>
/// Looks references up on the latest, undeleted rows. Inside a transaction it remembers what it
/// found until that transaction ends: a batch that creates thousands of participants of 46
/// countries then asks for each country once, not twice per participant (validation and
/// indexing both ask). Only found items are remembered, and deletes through the content
/// manager forget theirs, so a reference is never accepted that this scope has seen removed.
/// </summary>
public sealed class ContentReferenceLookup(CmsDbContext db, PendingContentReferences pending) : IContentReferenceLookup
{
    private readonly Dictionary<string, ContentReferenceInfo> _found = new(StringComparer.Ordinal);
    private object? _transaction;

    public async Task<IReadOnlyDictionary<string, ContentReferenceInfo>> FindAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct = default)
    {
        var result = new Dictionary<string, ContentReferenceInfo>(StringComparer.Ordinal);
        if (contentItemIds.Count == 0) return result;
        var remembered = Remembered();
        var missing = new List<string>();
        foreach (var id in contentItemIds)
        {
            if (remembered is not null && remembered.TryGetValue(id, out var known)) result[id] = known;
            else if (!missing.Contains(id)) missing.Add(id);
        }
        if (missing.Count == 0) return result;

        var rows = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && r.DeletedUtc == null && missing.Contains(r.ContentItemId))
            .Select(r => new ContentReferenceInfo(r.ContentItemId, r.ContentType, r.LocalizationSet, r.Culture))
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            result[row.ContentItemId] = row;
            if (remembered is not null) remembered[row.ContentItemId] = row;
        }
        // Items the running import creates before it commits count as found (not remembered: they are not stored yet).
        foreach (var id in missing)
            if (!result.ContainsKey(id) && pending.TryGet(id, out var planned)) result[id] = planned;
        return result;
    }

    /// <summary>Called when an item stops existing for references (deleted).</summary>
    public void Forget(string contentItemId) => _found.Remove(contentItemId);

    /// <summary>What is known in the current transaction; null outside one, where every lookup asks the database.</summary>
    private Dictionary<string, ContentReferenceInfo>? Remembered()
    {
        var transaction = db.Database.CurrentTransaction;
        if (!ReferenceEquals(transaction, _transaction))
        {
            _found.Clear();
            _transaction = transaction;
        }
        return transaction is null ? null : _found;
    }
}
