using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Webhooks;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Api.Webhooks;

/// <summary>
/// Stores one pending delivery per enabled subscription to the event. Inside the caller's transaction
/// when there is one (a content change and its event are committed together, or neither); otherwise in
/// a scope of its own, so that it never saves what the caller's DbContext is tracking.
/// </summary>
public sealed partial class WebhookOutbox(CmsDbContext callerDb, IServiceScopeFactory scopes, TimeProvider clock) : IWebhookEvents
{
    public async Task RaiseAsync(string eventName, JsonObject data, CancellationToken ct = default)
    {
        if (!EventNamePattern().IsMatch(eventName)) throw new ArgumentException($"'{eventName}' is not an event name.", nameof(eventName));
        if (callerDb.Database.CurrentTransaction is not null)
        {
            await WriteAsync(callerDb, eventName, data, ct);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await WriteAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), eventName, data, ct);
    }

    private async Task WriteAsync(CmsDbContext db, string eventName, JsonObject data, CancellationToken ct)
    {
        var subscriptions = await db.Set<WebhookSubscriptionRecord>().AsNoTracking().Where(s => s.Enabled).ToListAsync(ct);
        var matching = subscriptions.Where(s => Subscribes(s, eventName)).ToList();
        if (matching.Count == 0) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var eventId = Guid.NewGuid().ToString("N");
        var payload = new JsonObject
        {
            ["id"] = eventId,
            ["event"] = eventName,
            ["occurredAt"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
            ["data"] = data.DeepClone(),
        }.ToJsonString();
        var deliveries = matching.Select(subscription => new WebhookDeliveryRecord
        {
            SubscriptionId = subscription.Id,
            EventId = eventId,
            EventName = eventName,
            Payload = payload,
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptUtc = now,
            CreatedUtc = now,
        }).ToList();
        db.AddRange(deliveries);
        await db.SaveChangesAsync(ct);
        // The sender reads them again in its own scope: the caller's context need not keep them.
        foreach (var delivery in deliveries) db.Entry(delivery).State = EntityState.Detached;
    }

    public static bool Subscribes(WebhookSubscriptionRecord subscription, string eventName) =>
        subscription.Events.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(e => e == "*" || e == eventName);

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    public static partial Regex EventNamePattern();
}
