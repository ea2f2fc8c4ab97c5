using AllianceCms.Core.Content;
using AllianceCms.Core.Indexing;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>Keeps the ContentIndex rows of latest and published versions in step with their documents.</summary>
public sealed class ContentIndexWriter(CmsDbContext db, IEnumerable<IContentIndexProvider> providers)
{
    /// <summary>Replaces the index rows of a stored version (its <see cref="ContentItemRecord.Id"/> must be set).</summary>
    public async Task WriteAsync(ContentItemRecord record, ContentItem item, ContentTypeModel type, CancellationToken ct)
    {
        await db.ContentIndex.Where(i => i.DocumentId == record.Id).ExecuteDeleteAsync(ct);
        var context = new IndexBuildContext(item, type, ct);
        foreach (var provider in providers) await provider.DescribeAsync(context);
        foreach (var (name, value) in context.Entries)
        {
            db.ContentIndex.Add(new ContentIndexRecord
            {
                DocumentId = record.Id,
                Name = name,
                TextValue = value.Text,
                NumberValue = value.Number,
                DateValue = value.Date,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Drops the index rows of versions that are neither latest nor published any more.</summary>
    public Task PruneAsync(IEnumerable<ContentItemRecord> records, CancellationToken ct)
    {
        var ids = records.Where(r => !r.Latest && !r.Published).Select(r => r.Id).ToList();
        return ids.Count == 0 ? Task.CompletedTask : db.ContentIndex.Where(i => ids.Contains(i.DocumentId)).ExecuteDeleteAsync(ct);
    }
}
