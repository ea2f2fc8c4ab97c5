using AllianceCms.Api.Webhooks;
using AllianceCms.Core.Content;
using AllianceCms.Core.Webhooks;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>A content change and its webhook deliveries are committed in one transaction: both, or neither.</summary>
[Collection("api-clients")]
public sealed class WebhookTransactionTests(ApiClientsFactory site)
{
    [Fact]
    public async Task A_publish_leaves_the_content_and_its_pending_delivery_together()
    {
        var subscription = await SubscribeAsync();
        var item = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Outbox news")), publish: true).CreatedAsync());

        Assert.True(await ExistsAsync(item.ContentItemId));
        var delivery = Assert.Single(await DeliveriesAsync(subscription.Id, item.ContentItemId));
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(WebhookEventNames.ContentPublished, delivery.EventName);
    }

    [Fact]
    public async Task The_delivery_is_written_inside_the_content_transaction_and_rolled_back_with_it()
    {
        var subscription = await SubscribeAsync();
        string? id = null;
        await using (var scope = site.Scope())
        {
            var services = scope.ServiceProvider;
            var content = services.GetRequiredService<IContentManager>();
            var db = services.GetRequiredService<CmsDbContext>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<ITransactionRunner>().RunAsync<int>(async ct =>
            {
                var item = await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Rolled back news")), publish: true, ct).CreatedAsync();
                var itemId = id = item.ContentItemId;
                // Before any commit, the delivery is already there, in the same transaction as the content.
                Assert.True(await db.Set<WebhookDeliveryRecord>().AnyAsync(d => d.SubscriptionId == subscription.Id && d.Payload.Contains(itemId), ct));
                throw new InvalidOperationException("forced rollback after the content write");
            }));
        }

        Assert.NotNull(id);
        Assert.False(await ExistsAsync(id));
        Assert.Empty(await DeliveriesAsync(subscription.Id, id));
    }

    [Fact]
    public async Task A_handler_failing_after_the_write_leaves_neither_the_content_nor_the_delivery()
    {
        var subscription = await SubscribeAsync();
        var id = "";
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewNewsAsync(content, FailingTransactionalHandler.Marker + " " + Guid.NewGuid().ToString("N")[..6]);
            id = item.ContentItemId;
            return await content.CreateAsync(item, publish: true);
        }));

        Assert.NotEmpty(id);
        Assert.False(await ExistsAsync(id));
        Assert.Empty(await DeliveriesAsync(subscription.Id, id));
    }

    private async Task<WebhookSubscriptionRecord> SubscribeAsync()
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>()
            .CreateAsync("Outbox " + Guid.NewGuid().ToString("N")[..6], "http://127.0.0.1:9/outbox", [WebhookEventNames.ContentPublished], default);
    }

    private async Task<bool> ExistsAsync(string id) =>
        await site.WithContentAsync(async (content, _) => await content.GetAsync(id, VersionOptions.Latest) is not null);

    private async Task<List<WebhookDeliveryRecord>> DeliveriesAsync(int subscriptionId, string itemId)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<WebhookDeliveryRecord>().AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId && d.Payload.Contains(itemId)).ToListAsync();
    }
}
