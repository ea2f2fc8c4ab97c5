namespace AllianceCms.Data.Mail;

public enum MailStatus { Pending, Sent, Failed }

/// <summary>A message waiting to be sent (or sent): the outbox survives restarts and retries with backoff.</summary>
public sealed class MailOutboxRecord
{
    public long Id { get; set; }
    public string? IdempotencyKey { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string? TextBody { get; set; }
    public string? Culture { get; set; }
    public MailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
}
