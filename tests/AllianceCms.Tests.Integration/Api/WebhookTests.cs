using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.Webhooks;
using AllianceCms.Core.Content;
using AllianceCms.Core.Webhooks;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>Webhooks: content events go to an outbox, are posted signed to a receiver on 127.0.0.1, and retried with growing waits.</summary>
[Collection("api-clients")]
public sealed class WebhookTests(ApiClientsFactory site)
{
    [Fact]
    public async Task Publishing_content_posts_a_signed_event_to_the_subscribers_of_that_event()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await SubscribeAsync(receiver.Url, WebhookEventNames.ContentPublished);
        var other = await SubscribeAsync(receiver.Url + "?other", WebhookEventNames.ContentDeleted);

        var item = await PublishNewsAsync("Webhook news");
        Assert.True(await SendDueAsync() >= 1);

        var received = Assert.Single(receiver.Requests, r => r.Body.Contains(item.ContentItemId, StringComparison.Ordinal));
        var timestamp = long.Parse(received.Headers[WebhookSignature.TimestampHeader]);
        Assert.True(WebhookSignature.Verify(subscription.Secret, timestamp, received.Body, received.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify(subscription.Secret, timestamp + 1, received.Body, received.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify(other.Secret, timestamp, received.Body, received.Headers[WebhookSignature.SignatureHeader]));
        Assert.Equal(site.Clock.GetUtcNow().ToUnixTimeSeconds(), timestamp);
        Assert.Equal(WebhookEventNames.ContentPublished, received.Headers[WebhookSignature.EventHeader]);

        var payload = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal(WebhookEventNames.ContentPublished, payload.GetProperty("event").GetString());
        Assert.Equal(received.Headers[WebhookSignature.IdHeader], payload.GetProperty("id").GetString());
        Assert.Equal(item.ContentItemId, payload.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal("Webhook news", payload.GetProperty("data").GetProperty("displayText").GetString()[..12]);

        var delivery = await DeliveriesAsync(subscription.Id);
        Assert.Equal(WebhookDeliveryStatus.Delivered, Assert.Single(delivery).Status);
        Assert.Empty(await DeliveriesAsync(other.Id));
    }

    [Fact]
    public async Task A_failing_receiver_gets_the_event_again_after_growing_waits_until_it_answers()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        var subscription = await SubscribeAsync(receiver.Url, "test.retried");
        await RaiseAsync("test.retried", new JsonObject { ["n"] = 1 });

        await SendDueAsync();
        var first = Assert.Single(await DeliveriesAsync(subscription.Id));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 503), (first.Status, first.Attempts, first.LastStatusCode));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), first.NextAttemptUtc, TimeSpan.FromSeconds(1));

        // Not due yet: nothing is sent.
        await SendDueAsync();
        Assert.Single(receiver.Requests);

        site.Clock.Advance(TimeSpan.FromSeconds(31));
        await SendDueAsync();
        var second = Assert.Single(await DeliveriesAsync(subscription.Id));
        Assert.Equal((WebhookDeliveryStatus.Pending, 2), (second.Status, second.Attempts));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddSeconds(60), second.NextAttemptUtc, TimeSpan.FromSeconds(1));

        site.Clock.Advance(TimeSpan.FromSeconds(61));
        await SendDueAsync();
        var delivered = Assert.Single(await DeliveriesAsync(subscription.Id));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, 204), (delivered.Status, delivered.Attempts, delivered.LastStatusCode));
        Assert.Equal(3, receiver.Requests.Count);
        // Every attempt carries the same event id, for the receiver to drop duplicates.
        Assert.Single(receiver.Requests.Select(r => r.Headers[WebhookSignature.IdHeader]).Distinct());
    }

    [Fact]
    public async Task After_the_last_attempt_a_delivery_fails_and_an_administrator_can_redeliver_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 100);
        var subscription = await SubscribeAsync(receiver.Url, "test.failed");
        await RaiseAsync("test.failed", new JsonObject());
        for (var i = 0; i < 8; i++)
        {
            await SendDueAsync();
            site.Clock.Advance(TimeSpan.FromHours(2));
        }
        var failed = Assert.Single(await DeliveriesAsync(subscription.Id));
        Assert.Equal((WebhookDeliveryStatus.Failed, 8), (failed.Status, failed.Attempts));
        await SendDueAsync();
        Assert.Equal(8, receiver.Requests.Count);

        await using (var scope = site.Scope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>().RedeliverAsync(failed.Id, default));
        await SendDueAsync();
        Assert.Equal(9, receiver.Requests.Count);
        Assert.Equal(WebhookDeliveryStatus.Pending, Assert.Single(await DeliveriesAsync(subscription.Id)).Status);
    }

    [Fact]
    public async Task A_receiver_that_cannot_be_reached_is_retried_like_one_that_fails()
    {
        var subscription = await SubscribeAsync("http://127.0.0.1:9/nothing-listens-here", "test.unreachable");
        await RaiseAsync("test.unreachable", new JsonObject());
        await SendDueAsync();
        var delivery = Assert.Single(await DeliveriesAsync(subscription.Id));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.False(string.IsNullOrEmpty(delivery.LastError));
    }

    private async Task<WebhookSubscriptionRecord> SubscribeAsync(string url, params string[] events)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>().CreateAsync("Test " + Guid.NewGuid().ToString("N")[..6], url, events, default);
    }

    private async Task RaiseAsync(string name, JsonObject data)
    {
        await using var scope = site.Scope();
        await scope.ServiceProvider.GetRequiredService<IWebhookEvents>().RaiseAsync(name, data);
    }

    private async Task<int> SendDueAsync()
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<WebhookSender>().DeliverDueAsync(default);
    }

    private async Task<List<WebhookDeliveryRecord>> DeliveriesAsync(int subscriptionId)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<WebhookDeliveryRecord>().AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId).ToListAsync();
    }

    private Task<ContentItem> PublishNewsAsync(string title) => site.WithContentAsync(async (content, _) =>
        await content.CreateAsync(await Infrastructure.Items.NewNewsAsync(content, Infrastructure.Items.Unique(title)), publish: true).CreatedAsync());
}
