using System.Text;
using AllianceCms.Data.Mail;
using AllianceCms.Tests.Integration.Infrastructure;
using MimeKit;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>What reached the SMTP sink, decoded (subjects and bodies may be encoded on the wire).</summary>
public static class JoinMail
{
    public sealed record Mail(string To, string Subject, string Body)
    {
        public string Data => Subject + "\n" + Body;
    }

    public static Mail Parse(SmtpSink.ReceivedMail received)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(received.Data));
        var message = MimeMessage.Load(stream);
        return new Mail(string.Join(",", received.To), message.Subject ?? "", (message.HtmlBody ?? "") + "\n" + (message.TextBody ?? ""));
    }

    public static string Decoded(string data) => System.Net.WebUtility.HtmlDecode(data);

    /// <summary>Sends what is due and waits until a message to <paramref name="to"/> containing <paramref name="text"/> arrives.</summary>
    public static async Task<Mail> ArrivedAsync(JoinSiteFactory site, string to, string text, string? also = null)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using (var scope = site.Scope())
                await scope.ServiceProvider.GetRequiredService<MailSender>().SendDueAsync();
            var found = site.Smtp.Received.Where(m => m.To.Contains(to, StringComparer.OrdinalIgnoreCase)).Select(Parse)
                .FirstOrDefault(m => m.Data.Contains(text, StringComparison.Ordinal) && (also is null || Decoded(m.Data).Contains(also, StringComparison.Ordinal)));
            if (found is not null) return found;
            site.Clock.Advance(TimeSpan.FromMinutes(10)); // past any retry backoff
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No e-mail to {to} containing '{text}'{(also is null ? "" : $" and '{also}'")} arrived; got: {string.Join(" | ", site.Smtp.Received.Where(m => m.To.Contains(to)).Select(m => Parse(m).Subject))}");
    }
}
