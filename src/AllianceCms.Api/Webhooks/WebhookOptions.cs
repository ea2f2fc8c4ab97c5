using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Api.Webhooks;

/// <summary>Settings of webhook delivery (section "Api:Webhooks").</summary>
public sealed class WebhookOptions
{
    public const string Section = "Api:Webhooks";

    /// <summary>How often the outbox is looked at.</summary>
    [Range(1, 86_400)]
    public int IntervalSeconds { get; set; } = 5;

    /// <summary>Attempts before a delivery is marked failed (an administrator may still redeliver it).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; each further failure doubles it, up to <see cref="MaxRetrySeconds"/>.</summary>
    [Range(1, 86_400)]
    public int FirstRetrySeconds { get; set; } = 30;

    [Range(1, 7 * 86_400)]
    public int MaxRetrySeconds { get; set; } = 3600;

    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Most deliveries sent per round.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;
}
