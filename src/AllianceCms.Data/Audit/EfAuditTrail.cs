using System.Runtime.CompilerServices;
using AllianceCms.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Audit;

/// <summary>
/// The audit trail in its table. Entries are written through the request's context, so an entry
/// recorded inside a transaction commits or rolls back with the change it describes.
/// Newest first means highest id first: ids follow the order of writing, even across nodes.
/// </summary>
public sealed class EfAuditTrail(CmsDbContext db, IAuditActorAccessor actors, TimeProvider clock) : IAuditTrail
{
    private const int StreamBatch = 500;

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        var actor = auditEvent.Actor ?? actors.Current;
        var record = new AuditRecord
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            ActorKind = actor.Kind,
            ActorId = Cut(actor.Id, 64),
            ActorName = Cut(actor.Name, AuditModel.NameLength) ?? "",
            Category = Cut(auditEvent.Category, 64)!,
            Action = Cut(auditEvent.Action, 64)!,
            SubjectType = Cut(auditEvent.SubjectType, 64),
            SubjectId = Cut(auditEvent.SubjectId, 64),
            SubjectTitle = Cut(auditEvent.SubjectTitle, AuditModel.TitleLength),
            Summary = Cut(auditEvent.Summary, AuditModel.SummaryLength),
            Details = auditEvent.Details?.ToJsonString(),
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, int skip, int take, CancellationToken ct = default)
    {
        var rows = Filter(query);
        var total = await rows.CountAsync(ct);
        var page = await rows.OrderByDescending(r => r.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
        return new AuditPage(page.Select(ToEntry).ToList(), total);
    }

    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        long? before = null;
        while (true)
        {
            var rows = Filter(query);
            if (before is { } last) rows = rows.Where(r => r.Id < last);
            var batch = await rows.OrderByDescending(r => r.Id).Take(StreamBatch).ToListAsync(ct);
            foreach (var row in batch) yield return ToEntry(row);
            if (batch.Count < StreamBatch) yield break;
            before = batch[^1].Id;
        }
    }

    private IQueryable<AuditRecord> Filter(AuditQuery query)
    {
        var rows = db.Set<AuditRecord>().AsNoTracking();
        if (Given(query.Category) is { } category) rows = rows.Where(r => r.Category == category);
        if (Given(query.Action) is { } action) rows = rows.Where(r => r.Action == action);
        if (Given(query.SubjectType) is { } type) rows = rows.Where(r => r.SubjectType == type);
        if (Given(query.Actor) is { } actor)
        {
            var lower = actor.ToLowerInvariant();
            rows = rows.Where(r => r.ActorId == actor || r.ActorName.ToLower().Contains(lower));
        }
        if (Given(query.Subject) is { } subject)
        {
            var lower = subject.ToLowerInvariant();
            rows = rows.Where(r => r.SubjectId == subject || (r.SubjectTitle != null && r.SubjectTitle.ToLower().Contains(lower)));
        }
        if (query.FromUtc is { } from) rows = rows.Where(r => r.OccurredUtc >= from);
        if (query.ToUtc is { } to) rows = rows.Where(r => r.OccurredUtc < to);
        return rows;
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..(length - 1)] + "…";

    private static AuditEntry ToEntry(AuditRecord r) => new(r.Id, r.OccurredUtc, new AuditActor(r.ActorKind, r.ActorId, r.ActorName),
        r.Category, r.Action, r.SubjectType, r.SubjectId, r.SubjectTitle, r.Summary, r.Details);
}
