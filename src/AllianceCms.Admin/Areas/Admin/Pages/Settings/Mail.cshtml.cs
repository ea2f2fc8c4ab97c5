using System.Globalization;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using AllianceCms.Data.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Settings;

/// <summary>
/// The SMTP server mail goes through, set in the admin instead of the configuration, and a test e-mail
/// to the administrator that tells at once whether it works. The password is never shown again.
/// </summary>
[RequirePermission(AdminPermissions.ManageSettings)]
public sealed class MailSettingsModel(MailServer server, MailSender sender, IOptions<MailOptions> configured, UserManager<CmsUser> users, IAuditTrail audit, AdminText T) : PageModel
{
    public const int MaxHostLength = 253;
    public const int MaxTextLength = 256;

    public string Host { get; private set; } = "";
    public string Port { get; private set; } = "587";
    public string Security { get; private set; } = "Auto";
    public string UserName { get; private set; } = "";
    public string FromAddress { get; private set; } = "";
    public string FromName { get; private set; } = "";
    public bool HasPassword { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The result of "Send a test e-mail": a success or the server's error, in the administrator's language.</summary>
    public string? TestSuccess { get; private set; }
    public string? TestError { get; private set; }

    /// <summary>The server from the configuration, used while no host is set here.</summary>
    public MailOptions Configured => configured.Value;

    public async Task OnGetAsync(CancellationToken ct) => Show(await server.GetSettingsAsync(ct));

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var form = Request.Form;
        Host = form["Host"].ToString().Trim();
        Port = form["Port"].ToString().Trim();
        Security = form["Security"].ToString();
        UserName = form["UserName"].ToString().Trim();
        FromAddress = form["FromAddress"].ToString().Trim();
        FromName = form["FromName"].ToString().Trim();
        var password = form["Password"].ToString();
        var forgetPassword = form["ForgetPassword"] == "true";
        var current = await server.GetSettingsAsync(ct);
        HasPassword = current.ProtectedPassword is not null;

        if (Host.Length > MaxHostLength || (Host.Length > 0 && Uri.CheckHostName(Host) == UriHostNameType.Unknown)) Errors["Host"] = T["MailBadHost"];
        if (!int.TryParse(Port, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535) Errors["Port"] = T["MailBadPort"];
        if (!MailServerSettings.SecurityModes.Contains(Security)) Errors["Security"] = T["MailBadSecurity"];
        if (UserName.Length > MaxTextLength) Errors["UserName"] = T["TextTooLong", MaxTextLength];
        if (password.Length > MaxTextLength) Errors["Password"] = T["TextTooLong", MaxTextLength];
        if (FromAddress.Length == 0 && Host.Length > 0) Errors["FromAddress"] = T["UserFieldRequired"];
        else if (FromAddress.Length > 0 && !IsMailAddress(FromAddress)) Errors["FromAddress"] = T["MailBadAddress"];
        if (FromName.Length > MaxTextLength) Errors["FromName"] = T["TextTooLong", MaxTextLength];
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var settings = new MailServerSettings
        {
            Host = Host.Length == 0 ? null : Host,
            Port = port,
            Security = Security,
            UserName = UserName.Length == 0 ? null : UserName,
            FromAddress = FromAddress.Length == 0 ? null : FromAddress,
            FromName = FromName.Length == 0 ? null : FromName,
        };
        await server.SaveAsync(settings, password, forgetPassword, ct);
        var changes = Changes(current, settings, passwordChanged: forgetPassword ? HasPassword : password.Length > 0);
        if (changes.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Settings, AuditActions.Changed)
            {
                SubjectType = "Settings", SubjectId = MailServerSettings.DocumentName, SubjectTitle = T["MailSettings"],
                Summary = string.Join(", ", changes.Select(c => c.Key)), Details = changes,
            }, ct);
        }
        TempData["AdminMessage"] = T["SiteSettingsSaved"];
        return Redirect("/admin/settings/mail");
    }

    /// <summary>Sends a test e-mail to the signed-in administrator through the server now in use.</summary>
    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct)
    {
        Show(await server.GetSettingsAsync(ct));
        var user = await users.GetUserAsync(User);
        var options = await server.CurrentAsync(ct);
        if (string.IsNullOrWhiteSpace(user?.Email)) TestError = T["MailTestNoAddress"];
        else if (string.IsNullOrWhiteSpace(options.SmtpHost)) TestError = T["MailTestNoServer"];
        else
        {
            try
            {
                await sender.SendNowAsync(options, user.Email, T["MailTestSubject"], T["MailTestBody", options.SmtpHost, options.SmtpPort], ct);
                TestSuccess = T["MailTestSent", user.Email, options.SmtpHost, options.SmtpPort];
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                TestError = Explain(e, options);
            }
        }
        return Page();
    }

    private void Show(MailServerSettings settings)
    {
        Host = settings.Host ?? "";
        Port = settings.Port.ToString(CultureInfo.InvariantCulture);
        Security = settings.Security;
        UserName = settings.UserName ?? "";
        FromAddress = settings.FromAddress ?? "";
        FromName = settings.FromName ?? "";
        HasPassword = settings.ProtectedPassword is not null;
    }

    /// <summary>What went wrong, in the administrator's words, with the server's own message for the specialist.</summary>
    private string Explain(Exception e, MailOptions options)
    {
        var detail = e.Message;
        return e switch
        {
            SslHandshakeException => T["MailTestTls", options.SmtpHost!, options.SmtpPort, detail],
            AuthenticationException => T["MailTestAuthentication", detail],
            SmtpCommandException command => T["MailTestRefused", $"{(int)command.StatusCode} {detail}"],
            SocketException or TimeoutException or OperationCanceledException or SmtpProtocolException or IOException
                => T["MailTestUnreachable", options.SmtpHost!, options.SmtpPort, detail],
            _ => T["MailTestFailed", detail],
        };
    }

    private static bool IsMailAddress(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Length > 0;

    private static JsonObject Changes(MailServerSettings before, MailServerSettings after, bool passwordChanged)
    {
        var changes = new JsonObject();
        void Compare(string name, object? old, object? now)
        {
            if (!Equals(old, now)) changes[name] = new JsonObject { ["before"] = JsonValue.Create(old), ["after"] = JsonValue.Create(now) };
        }
        Compare("mail.host", before.Host, after.Host);
        Compare("mail.port", before.Port, after.Port);
        Compare("mail.security", before.Security, after.Security);
        Compare("mail.userName", before.UserName, after.UserName);
        Compare("mail.fromAddress", before.FromAddress, after.FromAddress);
        Compare("mail.fromName", before.FromName, after.FromName);
        // Never the password itself, only that it changed.
        if (passwordChanged) changes["mail.password"] = new JsonObject { ["changed"] = true };
        return changes;
    }
}
