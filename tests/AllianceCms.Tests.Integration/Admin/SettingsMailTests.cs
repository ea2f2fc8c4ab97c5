using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Mail;
using AllianceCms.Data;
using AllianceCms.Data.Mail;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Tests.Integration.JoinForm;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>A blank site whose configuration names no SMTP server: mail goes where the admin's settings say.</summary>
public sealed class MailSettingsSiteFactory : CmsFactory
{
    public SmtpSink Smtp { get; } = new();

    protected override string Recipe => "blank";
}

/// <summary>The e-mail server set in the admin: saved, encrypted, used for the outbox and tested at once.</summary>
public sealed class SettingsMailTests(MailSettingsSiteFactory site) : IClassFixture<MailSettingsSiteFactory>
{
    private const string SecretPassword = "Sm7p-Secret-Pass!";

    private async Task<AdminPage> SaveAsync(AdminSession admin, int port, string? password = SecretPassword, string fromName = "Example Site")
    {
        var page = await admin.GetAsync("/admin/settings/mail");
        var form = page.Form("#mail-form").Set("Host", "127.0.0.1").Set("Port", port.ToString(CultureInfo.InvariantCulture)).Set("Security", "None")
            .Set("UserName", "mailer").Set("Password", password ?? "").Set("FromAddress", "site@example.org").Set("FromName", fromName);
        return await admin.SubmitAsync(form);
    }

    [Fact]
    public async Task Saved_settings_carry_queued_mail_to_the_server_with_their_credentials_and_sender()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var saved = await SaveAsync(admin, site.Smtp.Port);
        Assert.Equal("/admin/settings/mail", saved.Location);

        await using (var scope = site.Scope())
            await scope.ServiceProvider.GetRequiredService<IMailQueue>().EnqueueAsync(new MailMessageModel(["reader@example.org"], "Queued hello", "<p>Body</p>"));
        var mail = await ArrivedAsync("reader@example.org", "Queued hello");

        Assert.Equal("site@example.org", mail.From);
        Assert.Contains("Example Site", mail.Data);
        Assert.Contains($"mailer:{SecretPassword}", site.Smtp.Logins);
    }

    [Fact]
    public async Task The_password_is_stored_encrypted_never_shown_and_kept_when_left_empty()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        await SaveAsync(admin, site.Smtp.Port);
        string stored;
        await using (var scope = site.Scope())
            stored = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Documents.Where(d => d.Name == MailServerSettings.DocumentName).Select(d => d.Json).SingleAsync();
        Assert.DoesNotContain(SecretPassword, stored);
        Assert.Contains("protectedPassword", stored);

        var page = await admin.GetAsync("/admin/settings/mail");
        Assert.DoesNotContain(SecretPassword, page.Body);
        Assert.Equal("", page.Form("#mail-form").Get("Password"));
        Assert.Contains("A password is saved", page.Text("#mail-password-hint"));

        // Saved again without a password: the stored one still signs in.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, site.Smtp.Port, password: null, fromName: "Renamed Sender")).Status);
        await using (var scope = site.Scope())
        {
            var current = await scope.ServiceProvider.GetRequiredService<MailServer>().CurrentAsync();
            Assert.Equal(SecretPassword, current.Password);
            Assert.Equal("Renamed Sender", current.FromName);
            var audit = (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Settings, Subject = MailServerSettings.DocumentName }, 0, 20)).Entries;
            Assert.Contains(audit, e => e.Summary!.Contains("mail.password", StringComparison.Ordinal));
            Assert.All(audit, e => Assert.DoesNotContain(SecretPassword, e.Details ?? ""));
        }
    }

    [Fact]
    public async Task The_test_e_mail_reaches_the_administrator_and_reports_success()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        await SaveAsync(admin, site.Smtp.Port);

        var result = await admin.SubmitAsync((await admin.GetAsync("/admin/settings/mail")).Form("#mail-test"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal($"The test e-mail was sent to admin@example.org through 127.0.0.1, port {site.Smtp.Port}.", result.Text("#mail-test-result"));
        var received = site.Smtp.Received.Last(m => m.To.Contains("admin@example.org"));
        Assert.Equal("Test e-mail from the site", JoinMail.Parse(received).Subject);
        Assert.Equal("site@example.org", received.From);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_reported_in_the_administrator_s_language()
    {
        var french = await AdminUsers.CreateAsync(site, "mail-fr", "fr", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, french.UserName, french.Password);
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there any more

        try
        {
            await SaveAsync(admin, port);
            var result = await admin.SubmitAsync((await admin.GetAsync("/admin/settings/mail")).Form("#mail-test"));

            Assert.Equal(HttpStatusCode.OK, result.Status);
            Assert.StartsWith($"Le serveur 127.0.0.1, port {port} est injoignable.", result.Text("[role=alert]#mail-test-result"));
        }
        finally
        {
            await SaveAsync(admin, site.Smtp.Port);
        }
    }

    [Fact]
    public async Task A_bad_port_or_sender_address_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        await SaveAsync(admin, site.Smtp.Port);
        var page = await admin.GetAsync("/admin/settings/mail");

        var refused = await admin.SubmitAsync(page.Form("#mail-form").Set("Port", "70000").Set("FromAddress", "not an address").Set("Host", "changed.example.org"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("A port number from 1 to 65535.", refused.Text("#mail-port-error"));
        Assert.Equal("Not a valid e-mail address.", refused.Text("#mail-from-address-error"));
        Assert.Equal("true", refused.Get("#mail-port").GetAttribute("aria-invalid"));
        Assert.Equal("127.0.0.1", (await admin.GetAsync("/admin/settings/mail")).Form("#mail-form").Get("Host"));
    }

    /// <summary>Sends what is due until a message to <paramref name="to"/> with <paramref name="subject"/> reaches the sink.</summary>
    private async Task<(string From, string Data)> ArrivedAsync(string to, string subject)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using (var scope = site.Scope())
                await scope.ServiceProvider.GetRequiredService<MailSender>().SendDueAsync();
            if (site.Smtp.Received.FirstOrDefault(m => m.To.Contains(to) && JoinMail.Parse(m).Subject == subject) is { } found) return (found.From, found.Data);
            site.Clock.Advance(TimeSpan.FromMinutes(10)); // past any retry backoff
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No e-mail '{subject}' to {to} arrived.");
    }
}
