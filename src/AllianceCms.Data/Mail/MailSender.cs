using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace AllianceCms.Data.Mail;

/// <summary>
/// Sends what waits in the outbox through SMTP (MailKit). A failed message is tried again later,
/// each time waiting twice as long (from 30 s), until <see cref="MailOptions.MaxAttempts"/>. The server is
/// the one set in the admin, else the configuration's (<see cref="MailServer"/>).
/// </summary>
public sealed class MailSender(CmsDbContext db, MailServer server, TimeProvider clock, ILogger<MailSender> logger)
{
    public const int BatchSize = 50;

    /// <summary>Sends the messages that are due; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var settings = await server.CurrentAsync(ct);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<MailOutboxRecord>()
            .Where(m => m.Status == MailStatus.Pending && m.NextAttemptUtc <= now)
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;

        var sent = 0;
        var postponed = new HashSet<long>();
        using var client = new SmtpClient();
        try
        {
            await ConnectAsync(client, settings, ct);
            foreach (var message in due)
            {
                try
                {
                    await client.SendAsync(ToMime(message, settings), ct);
                    message.Status = MailStatus.Sent;
                    message.SentUtc = clock.GetUtcNow().UtcDateTime;
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Postpone(message, e, settings);
                    postponed.Add(message.Id);
                }
            }
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The SMTP server {Host}:{Port} could not be reached; mail will be tried again", settings.SmtpHost, settings.SmtpPort);
            foreach (var message in due.Where(m => m.Status == MailStatus.Pending && !postponed.Contains(m.Id))) Postpone(message, e, settings);
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>
    /// Sends one message at once, outside the outbox, so that an administrator sees whether the server
    /// works; throws what MailKit throws (connection, TLS, authentication or refusal).
    /// </summary>
    public async Task SendNowAsync(MailOptions settings, string to, string subject, string text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost)) throw new InvalidOperationException("No SMTP server is configured.");
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        // An administrator is waiting for the answer: a dead server fails in seconds, not minutes.
        using var client = new SmtpClient { Timeout = 15_000 };
        await ConnectAsync(client, settings, ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private static async Task ConnectAsync(SmtpClient client, MailOptions settings, CancellationToken ct)
    {
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
    }

    private void Postpone(MailOutboxRecord message, Exception error, MailOptions settings)
    {
        if (message.Status != MailStatus.Pending) return;
        message.Attempts++;
        message.LastError = error.Message;
        message.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(30 * Math.Pow(2, message.Attempts - 1));
        if (message.Attempts >= settings.MaxAttempts) message.Status = MailStatus.Failed;
        logger.LogWarning("Mail {Id} to {To} failed (attempt {Attempt}): {Error}", message.Id, message.To, message.Attempts, error.Message);
    }

    private static MimeMessage ToMime(MailOutboxRecord record, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        foreach (var to in JsonSerializer.Deserialize<List<string>>(record.To) ?? []) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = record.Subject;
        // One id per outbox row lets receivers drop a duplicate should a send be repeated.
        message.MessageId = $"outbox-{record.Id}-{record.CreatedUtc.Ticks}@{settings.FromAddress.Split('@').Last()}";
        var body = new BodyBuilder { HtmlBody = record.HtmlBody, TextBody = record.TextBody ?? HtmlToText(record.HtmlBody) };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string HtmlToText(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html.Replace("</p>", "\n\n").Replace("<br>", "\n"), "<[^>]*>", "")).Trim();
}
