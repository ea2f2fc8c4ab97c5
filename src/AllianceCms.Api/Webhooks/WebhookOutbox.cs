using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Webhooks;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Api.Webhooks;

/// <summary>
/// Stores one pending delivery per enabled subscription to the event. Written in a scope of its own,
/// so that it never saves (or is rolled back with) what the caller's DbContext is tracking.
/// </summary>
public sealed partial class WebhookOutbox(IServiceScopeFactory scopes, TimeProvider clock) : IWebhookEvents
{
    public async Task RaiseAsync(string eventName, JsonObject data, CancellationToken ct = default)
    {
        if (!EventNamePattern().IsMatch(eventName)) throw new ArgumentException($"'{eventName}' is not an event name.", nameof(eventName));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
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
        foreach (var subscription in matching)
            db.Add(new WebhookDeliveryRecord
            {
                SubscriptionId = subscription.Id,
                EventId = eventId,
                EventName = eventName,
                Payload = payload,
                Status = WebhookDeliveryStatus.Pending,
                NextAttemptUtc = now,
                CreatedUtc = now,
            });
        await db.SaveChangesAsync(ct);
    }

    public static bool Subscribes(WebhookSubscriptionRecord subscription, string eventName) =>
        subscription.Events.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(e => e == "*" || e == eventName);

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    public static partial Regex EventNamePattern();
}
