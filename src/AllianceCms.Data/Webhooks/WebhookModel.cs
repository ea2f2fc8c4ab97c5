using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Webhooks;

/// <summary>A receiver of webhook events: where to post, which events, and the secret that signs them.</summary>
public sealed class WebhookSubscriptionRecord
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>Event names separated by spaces; "*" for every event.</summary>
    public string Events { get; set; } = "";

    /// <summary>The HMAC key, shown to the administrator when the subscription is created.</summary>
    public string Secret { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
}

public enum WebhookDeliveryStatus { Pending = 0, Delivered = 1, Failed = 2 }

/// <summary>One event for one subscription: the outbox row and the delivery log at once.</summary>
public sealed class WebhookDeliveryRecord
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }

    /// <summary>The event's id: the same for every subscription and every retry, for receivers to drop duplicates.</summary>
    public string EventId { get; set; } = "";
    public string EventName { get; set; } = "";

    /// <summary>The exact JSON body posted (and signed).</summary>
    public string Payload { get; set; } = "";
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? LastAttemptUtc { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
}

/// <summary>The webhook tables, applied from <see cref="CmsDbContext"/>.</summary>
public static class WebhookModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<WebhookSubscriptionRecord>(e =>
        {
            e.ToTable("WebhookSubscriptions");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Url).HasMaxLength(2000);
            e.Property(x => x.Events).HasMaxLength(2000);
            e.Property(x => x.Secret).HasMaxLength(100);
        });
        builder.Entity<WebhookDeliveryRecord>(e =>
        {
            e.ToTable("WebhookDeliveries");
            e.Property(x => x.EventId).HasMaxLength(64);
            e.Property(x => x.EventName).HasMaxLength(100);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.HasOne<WebhookSubscriptionRecord>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            // The sender's query: pending deliveries that are due.
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
            e.HasIndex(x => new { x.SubscriptionId, x.Id });
        });
    }
}
