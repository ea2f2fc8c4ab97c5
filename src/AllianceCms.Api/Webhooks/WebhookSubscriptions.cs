using System.Security.Cryptography;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Api.Webhooks;

/// <summary>Subscriptions and their delivery log, for the admin.</summary>
public sealed class WebhookSubscriptions(CmsDbContext db, TimeProvider clock)
{
    public Task<List<WebhookSubscriptionRecord>> ListAsync(CancellationToken ct) =>
        db.Set<WebhookSubscriptionRecord>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);

    /// <summary>A new subscription with a fresh secret (returned in the record).</summary>
    public async Task<WebhookSubscriptionRecord> CreateAsync(string name, string url, IEnumerable<string> events, CancellationToken ct)
    {
        var record = new WebhookSubscriptionRecord
        {
            Name = name,
            Url = url,
            Events = string.Join(' ', events.Distinct(StringComparer.Ordinal)),
            Secret = "whsec_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(),
            Enabled = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task<bool> SetEnabledAsync(int id, bool enabled, CancellationToken ct) =>
        await db.Set<WebhookSubscriptionRecord>().Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Enabled, enabled), ct) > 0;

    /// <summary>Removes the subscription and its delivery log.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct) =>
        await db.Set<WebhookSubscriptionRecord>().Where(s => s.Id == id).ExecuteDeleteAsync(ct) > 0;

    public Task<List<WebhookDeliveryRecord>> RecentDeliveriesAsync(int count, CancellationToken ct) =>
        db.Set<WebhookDeliveryRecord>().AsNoTracking().OrderByDescending(d => d.Id).Take(count).ToListAsync(ct);

    /// <summary>Sends a delivery again on the next round, as a new series of attempts.</summary>
    public async Task<bool> RedeliverAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<WebhookDeliveryRecord>().Where(d => d.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
            .SetProperty(d => d.Attempts, 0)
            .SetProperty(d => d.NextAttemptUtc, now), ct) > 0;
    }
}
