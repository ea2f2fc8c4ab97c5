using System.Net;
using AllianceCms.Api.Webhooks;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using AllianceCms.Tests.Integration.Api;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Admin.Api;

/// <summary>The webhooks page: subscribing (secret shown once), the delivery log and redelivery, administrators only.</summary>
[Collection("api-clients")]
public sealed class WebhooksAdminTests(ApiClientsFactory site)
{
    [Fact]
    public async Task An_administrator_subscribes_sees_the_log_and_redelivers_a_failed_delivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/api/webhooks");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var name = "Receiver " + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.SubmitAsync(page.Form("#webhook-form").Set("Name", name).Set("ReceiverUrl", receiver.Url).Set("OtherEvents", "admin.test"));
        var secret = created.Text("#new-webhook-secret");
        Assert.StartsWith("whsec_", secret);
        Assert.Contains(name, created.Text("#webhook-subscriptions"));

        await using (var scope = site.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<AllianceCms.Core.Webhooks.IWebhookEvents>().RaiseAsync("admin.test", new());
            await scope.ServiceProvider.GetRequiredService<WebhookSender>().DeliverDueAsync(default);
        }
        long id;
        await using (var scope = site.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var delivery = await db.Set<WebhookDeliveryRecord>().AsNoTracking().Where(d => d.EventName == "admin.test").SingleAsync();
            await db.Set<WebhookDeliveryRecord>().Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed));
            id = delivery.Id;
        }

        var log = await admin.GetAsync("/admin/api/webhooks");
        Assert.Contains("admin.test", log.Text("#webhook-deliveries"));
        Assert.Contains("503", log.Text("#webhook-deliveries"));
        var redelivered = await admin.PostWithTokenAsync("/admin/api/webhooks?handler=Redeliver", ("DeliveryId", id.ToString()));
        Assert.Equal(HttpStatusCode.OK, redelivered.Status);
        await using (var scope = site.Scope()) await scope.ServiceProvider.GetRequiredService<WebhookSender>().DeliverDueAsync(default);
        Assert.Equal(2, receiver.Requests.Count);
    }

    [Theory]
    [InlineData("en", "absolute http or https URL")]
    [InlineData("fr", "URL absolue en http ou https")]
    public async Task Bad_subscriptions_are_refused_in_the_administrator_s_language(string culture, string message)
    {
        var user = await AdminUsers.CreateAsync(site, "hook-admin", culture, "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var page = await admin.GetAsync("/admin/api/webhooks");
        var result = await admin.SubmitAsync(page.Form("#webhook-form").Set("Name", "Bad").Set("ReceiverUrl", "ftp://example.org").Set("OtherEvents", "Not An Event"));
        Assert.Contains(message, result.Text("#webhook-url-error"));
        Assert.NotEmpty(result.Text("#webhook-events-error"));
        Assert.DoesNotContain("ftp://example.org", result.Text("#webhook-subscriptions"));
    }

    [Fact]
    public async Task Editors_may_not_open_the_webhooks_page()
    {
        var editor = await AdminUsers.CreateAsync(site, "hook-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/api/webhooks")).Status);
    }
}
