using System.Text.Json;
using AllianceCms.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Mail;

/// <summary>Queues messages in the MailOutbox table, inside the caller's transaction when there is one.</summary>
public sealed class MailOutbox(CmsDbContext db, TimeProvider clock) : IMailQueue
{
    public async Task EnqueueAsync(MailMessageModel message, CancellationToken ct = default)
    {
        if (message.IdempotencyKey is { } key && await db.Set<MailOutboxRecord>().AnyAsync(m => m.IdempotencyKey == key, ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new MailOutboxRecord
        {
            IdempotencyKey = message.IdempotencyKey,
            To = JsonSerializer.Serialize(message.To),
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            Culture = message.Culture,
            Status = MailStatus.Pending,
            NextAttemptUtc = now,
            CreatedUtc = now,
        });
        await db.SaveChangesAsync(ct);
    }
}
