using AllianceCms.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Webhooks;

/// <summary>Sends the webhook outbox every Api:Webhooks:IntervalSeconds.</summary>
public sealed class WebhookDeliveryService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookDeliveryService> logger)
    : ScopedPeriodicService(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);
    protected override string WorkName => "Webhook delivery";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<WebhookSender>().DeliverDueAsync(ct);
}
