using System.Text;
using AllianceCms.Data;
using AllianceCms.Data.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Webhooks;

/// <summary>
/// Posts the deliveries that are due, signed, and records each attempt. A failure (no answer or
/// not 2xx) waits FirstRetrySeconds, then twice as long each time, until MaxAttempts: then the
/// delivery is marked failed. Each delivery is claimed before it is sent, so several nodes never
/// send the same attempt twice.
/// </summary>
public sealed class WebhookSender(CmsDbContext db, IHttpClientFactory http, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookSender> logger)
{
    public const string HttpClientName = "webhooks";

    /// <summary>How long a claimed delivery is kept from other senders while it is being posted.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<WebhookDeliveryRecord>().AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptUtc <= now)
            .OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id)
            .Take(settings.BatchSize)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var delivery in due)
        {
            // Claim: the attempt counter is the version; whoever bumps it first sends.
            var attempt = delivery.Attempts + 1;
            var leaseEnd = now + Lease;
            var claimed = await db.Set<WebhookDeliveryRecord>()
                .Where(d => d.Id == delivery.Id && d.Attempts == delivery.Attempts && d.Status == WebhookDeliveryStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Attempts, attempt).SetProperty(d => d.NextAttemptUtc, leaseEnd), ct);
            if (claimed == 0) continue;
            var subscription = await db.Set<WebhookSubscriptionRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, ct);
            if (subscription is null) continue;
            await SendAsync(delivery, subscription, attempt, ct);
            sent++;
        }
        return sent;
    }

    private async Task SendAsync(WebhookDeliveryRecord delivery, WebhookSubscriptionRecord subscription, int attempt, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.EventHeader, delivery.EventName);
            request.Headers.Add(WebhookSignature.IdHeader, delivery.EventId);
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscription.Secret, timestamp, delivery.Payload));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {status}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            error = e is TaskCanceledException ? $"No answer within {settings.TimeoutSeconds} s." : e.Message;
        }

        var done = error is null;
        var failed = !done && attempt >= settings.MaxAttempts;
        var wait = TimeSpan.FromSeconds(Math.Min(settings.MaxRetrySeconds, settings.FirstRetrySeconds * Math.Pow(2, attempt - 1)));
        var nowUtc = now.UtcDateTime;
        var next = done || failed ? nowUtc : nowUtc + wait;
        var lastError = error is { Length: > 500 } ? error[..500] : error;
        await db.Set<WebhookDeliveryRecord>().Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, done ? WebhookDeliveryStatus.Delivered : failed ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending)
            .SetProperty(d => d.LastAttemptUtc, nowUtc)
            .SetProperty(d => d.LastStatusCode, status)
            .SetProperty(d => d.LastError, lastError)
            .SetProperty(d => d.DeliveredUtc, done ? nowUtc : null)
            .SetProperty(d => d.NextAttemptUtc, next), ct);
        if (!done) logger.LogWarning("Webhook {Event} to {Url} failed (attempt {Attempt}): {Error}", delivery.EventName, subscription.Url, attempt, error);
    }
}
