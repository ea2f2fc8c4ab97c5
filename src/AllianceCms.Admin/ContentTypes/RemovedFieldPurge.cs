using System.Text.Json.Nodes;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Data;
using AllianceCms.Data.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>
/// Deletes for good the values a removed field left in every version of every item of the types using its
/// part, with the field's index rows, then forgets the field: all of it in one transaction, audited.
/// </summary>
public sealed class RemovedFieldPurge(
    CmsDbContext db, ContentTypeStatistics statistics, IContentDefinitionStore definitions,
    DefinitionEditorApplier applier, ITransactionRunner transactions, IAuditTrail audit)
{
    private const int Batch = 200;

    /// <summary>The number of versions changed; null when the part has no such removed field.</summary>
    public async Task<int?> PurgeAsync(string part, string field, CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        if (!snapshot.Parts.TryGetValue(part, out var definition) || !definition.RemovedFields.Contains(field)) return null;
        var types = ContentTypeStatistics.TypesUsing(snapshot, part);
        return await transactions.RunAsync(async token =>
        {
            var changed = 0;
            long after = 0;
            while (true)
            {
                var records = await statistics.Candidates(types, field).AsTracking()
                    .Where(r => r.Id > after).Take(Batch).ToListAsync(token);
                if (records.Count == 0) break;
                foreach (var record in records)
                {
                    if (JsonNode.Parse(record.Data) is JsonObject content && content[part] is JsonObject values && values.Remove(field))
                    {
                        record.Data = content.ToJsonString();
                        changed++;
                    }
                }
                after = records[^1].Id;
                await db.SaveChangesAsync(token);
                db.ChangeTracker.Clear();
            }
            var indexName = $"{part}.{field}";
            await db.ContentIndex
                .Where(i => i.Name == indexName && db.ContentItems.Any(r => r.Id == i.DocumentId && types.Contains(r.ContentType)))
                .ExecuteDeleteAsync(token);
            await applier.AlterAsync(e => e.AlterPart(part, p => p.ForgetRemovedField(field)), token);
            await audit.RecordAsync(new AuditEvent(ContentTypeAudit.Category, ContentTypeAudit.FieldPurged)
            {
                SubjectType = ContentTypeAudit.PartSubject,
                SubjectId = part,
                SubjectTitle = part,
                Summary = $"{indexName}: {changed}",
                Details = new JsonObject { ["field"] = field, ["types"] = new JsonArray(types.Select(t => (JsonNode)t).ToArray()), ["versions"] = changed },
            }, token);
            return (int?)changed;
        }, ct);
    }
}
