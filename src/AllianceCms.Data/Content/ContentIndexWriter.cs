using AllianceCms.Core.Content;
using AllianceCms.Core.Indexing;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>
/// Keeps the ContentIndex rows of latest and published versions in step with their documents.
/// Rows are staged on the context; the caller's next SaveChanges writes them with the version.
/// </summary>
public sealed class ContentIndexWriter(CmsDbContext db, IEnumerable<IContentIndexProvider> providers)
{
    /// <summary>
    /// Stages the index rows of a version that has none yet: a new version (even one not saved
    /// yet, whose id is still temporary) or one whose rows were all deleted, as by the reindex.
    /// </summary>
    public async Task AddAsync(ContentItemRecord record, ContentItem item, ContentTypeModel type, CancellationToken ct)
    {
        var context = new IndexBuildContext(item, type, ct);
        foreach (var provider in providers) await provider.DescribeAsync(context);
        if (context.Entries.Count == 0) return;

        // A new version's id is a temporary value until saved; EF carries the real one over to its rows.
        var documentId = db.Entry(record).Property(r => r.Id).CurrentValue;
        foreach (var (name, value) in context.Entries)
        {
            var row = db.ContentIndex.Add(new ContentIndexRecord
            {
                Name = name,
                TextValue = value.Text,
                NumberValue = value.Number,
                DateValue = value.Date,
            });
            row.Property(i => i.DocumentId).CurrentValue = documentId;
        }
    }

    /// <summary>Deletes the index rows of a stored version now and stages its new ones.</summary>
    public async Task ReplaceAsync(ContentItemRecord record, ContentItem item, ContentTypeModel type, CancellationToken ct)
    {
        await db.ContentIndex.Where(i => i.DocumentId == record.Id).ExecuteDeleteAsync(ct);
        await AddAsync(record, item, type, ct);
    }

    /// <summary>Drops the index rows of versions that are neither latest nor published any more.</summary>
    public Task PruneAsync(IEnumerable<ContentItemRecord> records, CancellationToken ct)
    {
        var ids = records.Where(r => !r.Latest && !r.Published).Select(r => r.Id).ToList();
        return ids.Count == 0 ? Task.CompletedTask : db.ContentIndex.Where(i => ids.Contains(i.DocumentId)).ExecuteDeleteAsync(ct);
    }
}
