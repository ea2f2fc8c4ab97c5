namespace AllianceCms.Core.Mail;

/// <summary>
/// Queues e-mail for sending: messages are stored first (an outbox) and sent with retries, so they
/// survive restarts. Enqueuing twice with the same <see cref="MailMessageModel.IdempotencyKey"/> sends once.
/// </summary>
public interface IMailQueue
{
    Task EnqueueAsync(MailMessageModel message, CancellationToken ct = default);
}

public sealed record MailMessageModel(
    IReadOnlyList<string> To,
    string Subject,
    string HtmlBody,
    string? TextBody = null,
    string? IdempotencyKey = null,
    string? Culture = null);
