using System.Security.Cryptography;
using AllianceCms.Core.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Data.Mail;

/// <summary>
/// Which SMTP server mail goes through: the one set in the admin when there is one, else the one from
/// the configuration. Keeps the admin's password encrypted at rest.
/// </summary>
public sealed class MailServer(IDocumentStore documents, IDataProtectionProvider protection, IOptions<MailOptions> configured, ILogger<MailServer> logger)
{
    /// <summary>The Data Protection purpose of the SMTP password: a key for this use only.</summary>
    public const string PasswordPurpose = "AllianceCms.Mail.SmtpPassword.v1";

    private IDataProtector Protector => protection.CreateProtector(PasswordPurpose);

    public async Task<MailServerSettings> GetSettingsAsync(CancellationToken ct = default) =>
        await documents.GetAsync<MailServerSettings>(MailServerSettings.DocumentName, ct) ?? new MailServerSettings();

    /// <summary>
    /// Saves the settings; <paramref name="newPassword"/> replaces the stored password when not empty,
    /// <paramref name="forgetPassword"/> removes it, else the stored one is kept.
    /// </summary>
    public async Task SaveAsync(MailServerSettings settings, string? newPassword, bool forgetPassword, CancellationToken ct = default)
    {
        var current = await GetSettingsAsync(ct);
        settings.ProtectedPassword = forgetPassword ? null
            : !string.IsNullOrEmpty(newPassword) ? Protector.Protect(newPassword)
            : current.ProtectedPassword;
        await documents.SaveAsync(MailServerSettings.DocumentName, settings, ct);
    }

    /// <summary>The server to send through now: the admin's settings when they name a host, else the configuration.</summary>
    public async Task<MailOptions> CurrentAsync(CancellationToken ct = default)
    {
        var settings = await GetSettingsAsync(ct);
        var fallback = configured.Value;
        if (!settings.IsSet) return fallback;
        return new MailOptions
        {
            SmtpHost = settings.Host!.Trim(),
            SmtpPort = settings.Port,
            Security = settings.Security,
            UserName = string.IsNullOrWhiteSpace(settings.UserName) ? null : settings.UserName,
            Password = Unprotect(settings.ProtectedPassword),
            FromAddress = string.IsNullOrWhiteSpace(settings.FromAddress) ? fallback.FromAddress : settings.FromAddress,
            FromName = string.IsNullOrWhiteSpace(settings.FromName) ? fallback.FromName : settings.FromName,
            MaxAttempts = fallback.MaxAttempts,
        };
    }

    private string? Unprotect(string? protectedPassword)
    {
        if (protectedPassword is null) return null;
        try
        {
            return Protector.Unprotect(protectedPassword);
        }
        catch (CryptographicException e)
        {
            // The key ring changed (e.g. keys not shared between nodes): the password must be entered again.
            logger.LogError(e, "The saved SMTP password cannot be decrypted; enter it again in the admin's mail settings");
            return null;
        }
    }
}
